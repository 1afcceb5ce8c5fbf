package shield.flight;

/**
 * The payload that separates at the end of powered flight and falls to the target, with the drag
 * that sets its ballistic coefficient β = m / (C_D A).
 *
 * @param massKg mass (kg)
 * @param referenceAreaM2 drag reference area (m²)
 * @param drag drag coefficient against Mach number on that area
 */
public record ReentryVehicle(double massKg, double referenceAreaM2, DragCurve drag) {

  public ReentryVehicle {
    Stage.requirePositive(massKg, "reentry vehicle mass (kg)");
    Stage.requirePositive(referenceAreaM2, "reentry vehicle reference area (m²)");
  }

  /** Ballistic coefficient β = m / (C_D A) at a Mach number (kg/m²). */
  public double ballisticCoefficientKgM2(double mach) {
    return massKg / (drag.at(mach) * referenceAreaM2);
  }
}
