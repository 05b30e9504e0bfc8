package io.github.eparcours.core.document.cda;

import java.util.Objects;

/**
 * {@code relatedDocument[@typeCode='RPLC']/parentDocument}: the document this one replaces.
 *
 * @param id the replaced document's id
 * @param setId the replaced document's setId, or null
 * @param versionNumber the replaced document's version, or null
 * @since 0.1
 */
public record CdaParentDocument(InstanceIdentifier id, InstanceIdentifier setId,
    Integer versionNumber) {

  /** Checks the id. */
  public CdaParentDocument {
    Objects.requireNonNull(id, "id");
  }
}
