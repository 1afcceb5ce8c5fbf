package shield.flight;

/**
 * The adaptive Dormand–Prince 8(5,3) Runge–Kutta integrator over primitive arrays: an eighth-order
 * kernel for smooth right-hand sides, where it takes far longer steps than {@link DormandPrince54}
 * for the same accuracy.
 *
 * <p>The method is DOP853 of Hairer, Nørsett &amp; Wanner, <i>Solving Ordinary Differential
 * Equations I</i>, 2nd ed., Springer 1993, §II.10 (coefficients as printed in the authors' {@code
 * dop853.f} and, in exact rational and √6 form, in Hipparchus's {@code DormandPrince853Integrator},
 * from which the numbers below were taken). Twelve stages give the eighth-order solution, which is
 * propagated; the derivative at the new point is the next step's first stage (FSAL), so an accepted
 * step costs 12 evaluations.
 *
 * <p>Error estimate (the book's, same section): with e₅ = h Σ (b − b̂₅)ᵢ kᵢ and e₃ = h Σ (b − b̂₃)ᵢ
 * kᵢ, each component scaled by sᵢ = atolᵢ + rtol·max(|yᵢ|, |ŷᵢ|),
 *
 * <pre>
 *   err = ‖e₅/s‖² / √(n (‖e₅/s‖² + 0.01 ‖e₃/s‖²))
 * </pre>
 *
 * which behaves like h⁸; a step is accepted when err ≤ 1 and the next is h · 0.9 err^(−1/8),
 * between 1/3 and 6 times the last (the book's defaults).
 */
final class DormandPrince853 extends EmbeddedRungeKutta {

  private static final double SQRT6 = Math.sqrt(6);

  private static final double C2 = (12 - 2 * SQRT6) / 135;
  private static final double C3 = (6 - SQRT6) / 45;
  private static final double C4 = (6 - SQRT6) / 30;
  private static final double C5 = (6 + SQRT6) / 30;
  private static final double C6 = 1.0 / 3;
  private static final double C7 = 1.0 / 4;
  private static final double C8 = 4.0 / 13;
  private static final double C9 = 127.0 / 195;
  private static final double C10 = 3.0 / 5;
  private static final double C11 = 6.0 / 7;

  private static final double A21 = C2;

  private static final double A31 = (6 - SQRT6) / 180;
  private static final double A32 = (6 - SQRT6) / 60;

  private static final double A41 = (6 - SQRT6) / 120;
  private static final double A43 = (6 - SQRT6) / 40;

  private static final double A51 = (462 + 107 * SQRT6) / 3000;
  private static final double A53 = (-402 - 197 * SQRT6) / 1000;
  private static final double A54 = (168 + 73 * SQRT6) / 375;

  private static final double A61 = 1.0 / 27;
  private static final double A64 = (16 + SQRT6) / 108;
  private static final double A65 = (16 - SQRT6) / 108;

  private static final double A71 = 19.0 / 512;
  private static final double A74 = (118 + 23 * SQRT6) / 1024;
  private static final double A75 = (118 - 23 * SQRT6) / 1024;
  private static final double A76 = -9.0 / 512;

  private static final double A81 = 13772.0 / 371293;
  private static final double A84 = (51544 + 4784 * SQRT6) / 371293;
  private static final double A85 = (51544 - 4784 * SQRT6) / 371293;
  private static final double A86 = -5688.0 / 371293;
  private static final double A87 = 3072.0 / 371293;

  private static final double A91 = 58656157643.0 / 93983540625.0;
  private static final double A94 = (-1324889724104.0 - 318801444819.0 * SQRT6) / 626556937500.0;
  private static final double A95 = (-1324889724104.0 + 318801444819.0 * SQRT6) / 626556937500.0;
  private static final double A96 = 96044563816.0 / 3480871875.0;
  private static final double A97 = 5682451879168.0 / 281950621875.0;
  private static final double A98 = -165125654.0 / 3796875.0;

  private static final double A101 = 8909899.0 / 18653125;
  private static final double A104 = (-4521408 - 1137963 * SQRT6) / 2937500;
  private static final double A105 = (-4521408 + 1137963 * SQRT6) / 2937500;
  private static final double A106 = 96663078.0 / 4553125;
  private static final double A107 = 2107245056.0 / 137915625;
  private static final double A108 = -4913652016.0 / 147609375;
  private static final double A109 = -78894270.0 / 3880452869.0;

  private static final double A111 = -20401265806.0 / 21769653311.0;
  private static final double A114 = (354216 + 94326 * SQRT6) / 112847;
  private static final double A115 = (354216 - 94326 * SQRT6) / 112847;
  private static final double A116 = -43306765128.0 / 5313852383.0;
  private static final double A117 = -20866708358144.0 / 1126708119789.0;
  private static final double A118 = 14886003438020.0 / 654632330667.0;
  private static final double A119 = 35290686222309375.0 / 14152473387134411.0;
  private static final double A1110 = -1477884375.0 / 485066827;

  private static final double A121 = 39815761.0 / 17514443;
  private static final double A124 = (-3457480 - 960905 * SQRT6) / 551636;
  private static final double A125 = (-3457480 + 960905 * SQRT6) / 551636;
  private static final double A126 = -844554132.0 / 47026969;
  private static final double A127 = 8444996352.0 / 302158619;
  private static final double A128 = -2509602342.0 / 877790785;
  private static final double A129 = -28388795297996250.0 / 3199510091356783.0;
  private static final double A1210 = 226716250.0 / 18341897;
  private static final double A1211 = 1371316744.0 / 2131383595;

  // Eighth-order weights; stages 2 to 5 have none.
  private static final double B1 = 104257.0 / 1920240;
  private static final double B6 = 3399327.0 / 763840;
  private static final double B7 = 66578432.0 / 35198415;
  private static final double B8 = -1674902723.0 / 288716400;
  private static final double B9 = 54980371265625.0 / 176692375811392.0;
  private static final double B10 = -734375.0 / 4826304;
  private static final double B11 = 171414593.0 / 851261400;
  private static final double B12 = 137909.0 / 3084480;

  // b − b̂₅: the fifth-order error estimate.
  private static final double E51 = 116092271.0 / 8848465920.0;
  private static final double E56 = -1871647.0 / 1527680;
  private static final double E57 = -69799717.0 / 140793660;
  private static final double E58 = 1230164450203.0 / 739113984000.0;
  private static final double E59 = -1980813971228885.0 / 5654156025964544.0;
  private static final double E510 = 464500805.0 / 1389975552;
  private static final double E511 = 1606764981773.0 / 19613062656000.0;
  private static final double E512 = -137909.0 / 6168960;

  // b − b̂₃: the third-order estimate that keeps the fifth-order one from being too optimistic.
  private static final double E31 = -364463.0 / 1920240;
  private static final double E36 = 3399327.0 / 763840;
  private static final double E37 = 66578432.0 / 35198415;
  private static final double E38 = -1674902723.0 / 288716400;
  private static final double E39 = -74684743568175.0 / 176692375811392.0;
  private static final double E310 = -734375.0 / 4826304;
  private static final double E311 = 171414593.0 / 851261400;
  private static final double E312 = 69869.0 / 3084480;

  private final double[] k2;
  private final double[] k3;
  private final double[] k4;
  private final double[] k5;
  private final double[] k6;
  private final double[] k7;
  private final double[] k8;
  private final double[] k9;
  private final double[] k10;
  private final double[] k11;
  private final double[] k12;

  /**
   * @param absoluteTolerance absolute tolerance of each component, in its unit
   * @param relativeTolerance relative tolerance (dimensionless)
   */
  DormandPrince853(double[] absoluteTolerance, double relativeTolerance) {
    super(absoluteTolerance, relativeTolerance, 8, 1.0 / 3, 6);
    k2 = new double[n];
    k3 = new double[n];
    k4 = new double[n];
    k5 = new double[n];
    k6 = new double[n];
    k7 = new double[n];
    k8 = new double[n];
    k9 = new double[n];
    k10 = new double[n];
    k11 = new double[n];
    k12 = new double[n];
  }

  @Override
  double attempt(Derivatives f, double t, double[] y, double h) {
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * A21 * fStart[i];
    }
    f.compute(t + C2 * h, yTmp, k2);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A31 * fStart[i] + A32 * k2[i]);
    }
    f.compute(t + C3 * h, yTmp, k3);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A41 * fStart[i] + A43 * k3[i]);
    }
    f.compute(t + C4 * h, yTmp, k4);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A51 * fStart[i] + A53 * k3[i] + A54 * k4[i]);
    }
    f.compute(t + C5 * h, yTmp, k5);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A61 * fStart[i] + A64 * k4[i] + A65 * k5[i]);
    }
    f.compute(t + C6 * h, yTmp, k6);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + h * (A71 * fStart[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
    }
    f.compute(t + C7 * h, yTmp, k7);
    for (int i = 0; i < n; i++) {
      yTmp[i] =
          y[i] + h * (A81 * fStart[i] + A84 * k4[i] + A85 * k5[i] + A86 * k6[i] + A87 * k7[i]);
    }
    f.compute(t + C8 * h, yTmp, k8);
    for (int i = 0; i < n; i++) {
      yTmp[i] =
          y[i]
              + h
                  * (A91 * fStart[i]
                      + A94 * k4[i]
                      + A95 * k5[i]
                      + A96 * k6[i]
                      + A97 * k7[i]
                      + A98 * k8[i]);
    }
    f.compute(t + C9 * h, yTmp, k9);
    for (int i = 0; i < n; i++) {
      yTmp[i] =
          y[i]
              + h
                  * (A101 * fStart[i]
                      + A104 * k4[i]
                      + A105 * k5[i]
                      + A106 * k6[i]
                      + A107 * k7[i]
                      + A108 * k8[i]
                      + A109 * k9[i]);
    }
    f.compute(t + C10 * h, yTmp, k10);
    for (int i = 0; i < n; i++) {
      yTmp[i] =
          y[i]
              + h
                  * (A111 * fStart[i]
                      + A114 * k4[i]
                      + A115 * k5[i]
                      + A116 * k6[i]
                      + A117 * k7[i]
                      + A118 * k8[i]
                      + A119 * k9[i]
                      + A1110 * k10[i]);
    }
    f.compute(t + C11 * h, yTmp, k11);
    for (int i = 0; i < n; i++) {
      yTmp[i] =
          y[i]
              + h
                  * (A121 * fStart[i]
                      + A124 * k4[i]
                      + A125 * k5[i]
                      + A126 * k6[i]
                      + A127 * k7[i]
                      + A128 * k8[i]
                      + A129 * k9[i]
                      + A1210 * k10[i]
                      + A1211 * k11[i]);
    }
    f.compute(t + h, yTmp, k12);
    for (int i = 0; i < n; i++) {
      yNew[i] =
          y[i]
              + h
                  * (B1 * fStart[i]
                      + B6 * k6[i]
                      + B7 * k7[i]
                      + B8 * k8[i]
                      + B9 * k9[i]
                      + B10 * k10[i]
                      + B11 * k11[i]
                      + B12 * k12[i]);
    }
    f.compute(t + h, yNew, fEnd);
    counted(12);
    double sum5 = 0;
    double sum3 = 0;
    for (int i = 0; i < n; i++) {
      double scale = scale(i, y);
      double e5 =
          (E51 * fStart[i]
                  + E56 * k6[i]
                  + E57 * k7[i]
                  + E58 * k8[i]
                  + E59 * k9[i]
                  + E510 * k10[i]
                  + E511 * k11[i]
                  + E512 * k12[i])
              / scale;
      double e3 =
          (E31 * fStart[i]
                  + E36 * k6[i]
                  + E37 * k7[i]
                  + E38 * k8[i]
                  + E39 * k9[i]
                  + E310 * k10[i]
                  + E311 * k11[i]
                  + E312 * k12[i])
              / scale;
      sum5 += e5 * e5;
      sum3 += e3 * e3;
    }
    double denominator = sum5 + 0.01 * sum3;
    if (denominator <= 0) {
      return 0;
    }
    return Math.abs(h) * sum5 / Math.sqrt(n * denominator);
  }
}
