package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import java.util.Optional;

/**
 * {@code documentationOf/serviceEvent}: the act documented, its period and its performer
 * (whose organisation's {@code standardIndustryClassCode} is the XDS practiceSettingCode).
 *
 * @param code the act code, or null
 * @param low the start, or null
 * @param high the end, or null
 * @param performer the performer, or null
 * @since 0.1
 */
public record CdaServiceEvent(Code code, CdaTime low, CdaTime high, CdaPerson performer) {

  /** @return the performer */
  public Optional<CdaPerson> performerValue() {
    return Optional.ofNullable(performer);
  }
}
