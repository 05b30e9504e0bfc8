package io.github.eparcours.core.document.xds;

/**
 * The classification, identification and object-type UUIDs of IHE XDS.b (ITI TF-3 4.2.5),
 * plus the code systems and format codes the French profile uses.
 *
 * @since 0.1
 */
public final class XdsConstants {

  /** objectType of a stable DocumentEntry. */
  public static final String DOCUMENT_ENTRY_STABLE = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
  /** objectType of an on-demand DocumentEntry. */
  public static final String DOCUMENT_ENTRY_ON_DEMAND =
      "urn:uuid:34268e47-fdf5-41a6-ba33-82133c465248";
  /** classificationNode marking a RegistryPackage as a SubmissionSet. */
  public static final String SUBMISSION_SET_NODE = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd";
  /** classificationNode marking a RegistryPackage as a Folder. */
  public static final String FOLDER_NODE = "urn:uuid:d9d542f3-6cc4-48b6-8870-ea235fbc94c2";

  /** DocumentEntry.author. */
  public static final String DE_AUTHOR = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d";
  /** DocumentEntry.classCode. */
  public static final String DE_CLASS_CODE = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a";
  /** DocumentEntry.confidentialityCode. */
  public static final String DE_CONFIDENTIALITY_CODE =
      "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f";
  /** DocumentEntry.eventCodeList. */
  public static final String DE_EVENT_CODE = "urn:uuid:2c6b8cb7-8b2a-4051-b291-b1ae6a575ef4";
  /** DocumentEntry.formatCode. */
  public static final String DE_FORMAT_CODE = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d";
  /** DocumentEntry.healthcareFacilityTypeCode. */
  public static final String DE_HEALTHCARE_FACILITY_TYPE_CODE =
      "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1";
  /** DocumentEntry.practiceSettingCode. */
  public static final String DE_PRACTICE_SETTING_CODE =
      "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead";
  /** DocumentEntry.typeCode. */
  public static final String DE_TYPE_CODE = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
  /** DocumentEntry.patientId (external identifier). */
  public static final String DE_PATIENT_ID = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";
  /** DocumentEntry.uniqueId (external identifier). */
  public static final String DE_UNIQUE_ID = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";

  /** SubmissionSet.author. */
  public static final String SS_AUTHOR = "urn:uuid:a7058bb9-b4e4-4307-ba5b-e3f0ab85e12d";
  /** SubmissionSet.contentTypeCode. */
  public static final String SS_CONTENT_TYPE_CODE = "urn:uuid:aa543740-bdda-424e-8c96-df4873be8500";
  /** SubmissionSet.patientId (external identifier). */
  public static final String SS_PATIENT_ID = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446";
  /** SubmissionSet.sourceId (external identifier). */
  public static final String SS_SOURCE_ID = "urn:uuid:554ac39e-e3fe-47fe-b233-965d2a147832";
  /** SubmissionSet.uniqueId (external identifier). */
  public static final String SS_UNIQUE_ID = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8";

  /** ebRIM object type of a Classification. */
  public static final String OBJECT_TYPE_CLASSIFICATION =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Classification";
  /** ebRIM object type of an ExternalIdentifier. */
  public static final String OBJECT_TYPE_EXTERNAL_IDENTIFIER =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:ExternalIdentifier";
  /** ebRIM object type of a RegistryPackage. */
  public static final String OBJECT_TYPE_REGISTRY_PACKAGE =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:RegistryPackage";
  /** ebRIM object type of an Association. */
  public static final String OBJECT_TYPE_ASSOCIATION =
      "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Association";

  /** Registry response status: success. */
  public static final String RESPONSE_SUCCESS =
      "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success";
  /** Registry response status: failure. */
  public static final String RESPONSE_FAILURE =
      "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure";
  /** Registry response status: partial success (IHE). */
  public static final String RESPONSE_PARTIAL_SUCCESS =
      "urn:ihe:iti:2007:ResponseStatusType:PartialSuccess";

  /** Code system of the HL7 confidentiality codes (N, R, V). */
  public static final String CONFIDENTIALITY_SYSTEM = "2.16.840.1.113883.5.25";
  /** Code system of the DMP visibility codes (MASQUE_PS, INVISIBLE_PATIENT, ...). */
  public static final String DMP_CONFIDENTIALITY_SYSTEM = "1.2.250.1.213.1.1.4.13";
  /** Code system of the IHE format codes. */
  public static final String FORMAT_CODE_SYSTEM = "1.3.6.1.4.1.19376.1.2.3";
  /** formatCode of a non-structured CDA with a PDF body (IHE XDS-SD). */
  public static final String FORMAT_XDS_SD_PDF = "urn:ihe:iti:xds-sd:pdf:2008";
  /** DMP class codes (TRE_A03, JDV_J57). */
  public static final String CLASS_CODE_SYSTEM = "1.2.250.1.213.1.1.4.1";
  /** Secteur d'activité: healthcareFacilityTypeCode (JDV_J61). */
  public static final String FACILITY_TYPE_SYSTEM = "1.2.250.1.71.4.2.4";
  /** Cadre d'exercice: practiceSettingCode. */
  public static final String PRACTICE_SETTING_SYSTEM = "1.2.250.1.213.1.1.4.9";
  /** DMP content type codes of a submission set (JDV_J59). */
  public static final String CONTENT_TYPE_SYSTEM = "1.2.250.1.213.2.2";
  /** LOINC. */
  public static final String LOINC = "2.16.840.1.113883.6.1";

  private XdsConstants() {}
}
