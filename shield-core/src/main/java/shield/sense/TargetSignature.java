package shield.sense;

/**
 * How large a missile looks to a radar in each phase of its flight: the boosting body until
 * burnout, then the reentry vehicle alone.
 *
 * @param boosterRcsM2 radar cross-section of the missile while its stages are attached (m²)
 * @param reentryVehicleRcsM2 radar cross-section of the reentry vehicle after burnout (m²)
 */
public record TargetSignature(double boosterRcsM2, double reentryVehicleRcsM2) {

  public TargetSignature {
    if (!(boosterRcsM2 > 0 && reentryVehicleRcsM2 > 0)) {
      throw new IllegalArgumentException(
          "radar cross-sections must be positive, got "
              + boosterRcsM2
              + " and "
              + reentryVehicleRcsM2
              + " m²");
    }
  }
}
