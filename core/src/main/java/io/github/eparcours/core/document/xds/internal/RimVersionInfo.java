package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;

/** rim:VersionInfo (the metadata version of a registry object). */
public final class RimVersionInfo {
  @XmlAttribute(name = "versionName")
  public String versionName;

  /**
   * Returns a version info, or null when {@code versionName} is null.
   *
   * @param versionName the version
   * @return the version info or null
   */
  public static RimVersionInfo of(String versionName) {
    if (versionName == null) {
      return null;
    }
    RimVersionInfo v = new RimVersionInfo();
    v.versionName = versionName;
    return v;
  }
}
