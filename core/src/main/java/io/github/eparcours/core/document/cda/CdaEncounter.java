package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;

/**
 * {@code componentOf/encompassingEncounter}: its period and the healthcare facility type code
 * (secteur d'activité, the XDS healthcareFacilityTypeCode).
 *
 * @param low the start, or null
 * @param high the end, or null
 * @param healthcareFacilityTypeCode {@code location/healthCareFacility/code}, or null
 * @since 0.1
 */
public record CdaEncounter(CdaTime low, CdaTime high, Code healthcareFacilityTypeCode) {}
