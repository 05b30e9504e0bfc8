package io.github.eparcours.dmp.vihf;

import java.util.List;

/**
 * The names of the VIHF SAML attributes and the namespaces of the assertion.
 *
 * @since 0.1
 */
public final class VihfAttributes {

  /** SAML 2.0 assertion namespace. */
  public static final String SAML_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
  /** HL7 v3 namespace of the {@code Role} and {@code PurposeOfUse} values. */
  public static final String HL7_NS = "urn:hl7-org:v3";
  /** XML Schema instance namespace. */
  public static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
  /** Issuer format: the X.509 subject name of the signing certificate. */
  public static final String ISSUER_FORMAT =
      "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName";

  /** The VIHF version. */
  public static final String VERSION = "VIHF_Version";
  /** The authentication mode. */
  public static final String AUTHENTICATION_MODE = "Authentification_Mode";
  /** The subject's roles. */
  public static final String SUBJECT_ROLE = "urn:oasis:names:tc:xacml:2.0:subject:role";
  /** The sector of activity. */
  public static final String SECTOR = "Secteur_Activite";
  /** The structure's identifier. */
  public static final String STRUCTURE_ID = "Identifiant_Structure";
  /** The subject's name. */
  public static final String SUBJECT_ID = "urn:oasis:names:tc:xspa:1.0:subject:subject-id";
  /** The patient concerned, as a CX. */
  public static final String RESOURCE_ID = "urn:oasis:names:tc:xacml:2.0:resource:resource-id";
  /** The resource URN, {@code urn:dmp}. */
  public static final String RESOURCE_URN = "Ressource_URN";
  /** The access mode. */
  public static final String PURPOSE_OF_USE = "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse";
  /** The product name. */
  public static final String LPS_NAME = "LPS_Nom";
  /** The product version. */
  public static final String LPS_VERSION = "LPS_Version";
  /** The product identifier. */
  public static final String LPS_ID = "LPS_ID";
  /** The product's DMP homologation number. */
  public static final String LPS_HOMOLOGATION = "LPS_ID_HOMOLOGATION_DMP";

  /** The attributes every VIHF carries, whatever the operation. */
  public static final List<String> ALWAYS_REQUIRED = List.of(VERSION, AUTHENTICATION_MODE,
      SUBJECT_ROLE, SECTOR, STRUCTURE_ID, SUBJECT_ID, RESOURCE_URN, PURPOSE_OF_USE, LPS_NAME,
      LPS_VERSION, LPS_HOMOLOGATION);

  private VihfAttributes() {}
}
