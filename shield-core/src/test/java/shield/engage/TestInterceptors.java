package shield.engage;

import java.util.List;

/**
 * Interceptor types for the engagement tests, with notional figures of the kind the open literature
 * gives (independent of the catalog, so that its tuning cannot move the tests).
 */
final class TestInterceptors {

  private TestInterceptors() {}

  /** An SM-3 Block IIA-like three-stage interceptor, 4.5 km/s; notional. */
  static InterceptorType sm3() {
    return new InterceptorType(
        "test-sm3",
        "three-stage exo-atmospheric test interceptor",
        List.of(
            new InterceptorType.Stage(10, 1000),
            new InterceptorType.Stage(15, 2800),
            new InterceptorType.Stage(10, 4500)),
        500,
        100e3,
        1000e3,
        2500e3,
        900,
        0.85,
        30,
        Layer.MIDCOURSE,
        "notional test values",
        true);
  }

  /** A THAAD-like single-stage interceptor, 2.8 km/s; notional. */
  static InterceptorType thaad() {
    return new InterceptorType(
        "test-thaad",
        "single-stage upper-terminal test interceptor",
        List.of(new InterceptorType.Stage(60, 2800)),
        300,
        40e3,
        150e3,
        200e3,
        300,
        0.9,
        20,
        Layer.UPPER_TERMINAL,
        "notional test values",
        true);
  }

  /** A PAC-3-like single-stage interceptor, 1.5 km/s; notional. */
  static InterceptorType pac3() {
    return new InterceptorType(
        "test-pac3",
        "single-stage lower-terminal test interceptor",
        List.of(new InterceptorType.Stage(15, 1500)),
        150,
        500,
        25e3,
        40e3,
        90,
        0.8,
        15,
        Layer.LOWER_TERMINAL,
        "notional test values",
        true);
  }
}
