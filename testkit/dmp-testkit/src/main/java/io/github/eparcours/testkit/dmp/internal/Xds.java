package io.github.eparcours.testkit.dmp.internal;

/** XDS.b and DMP identifiers the fake understands (IHE ITI TF-3 and the DMP status types). */
public final class Xds {

  public static final String DOCUMENT_ENTRY_TYPE = "urn:uuid:7edca82f-054d-47f2-a032-9b2a5b5186c1";
  public static final String DE_UNIQUE_ID = "urn:uuid:2e82c1f6-a085-4c72-9da3-8640a32e42ab";
  public static final String DE_PATIENT_ID = "urn:uuid:58a6f841-87b3-4a3e-92fd-a8ffeff98427";
  public static final String SS_UNIQUE_ID = "urn:uuid:96fdda7c-d067-4183-912e-bf5ee74998a8";
  public static final String SS_PATIENT_ID = "urn:uuid:6b5aea1a-874d-4603-a4bc-96a0a7b38446";
  public static final String SS_NODE = "urn:uuid:a54d6aa5-d40d-43f9-88c5-b4633d873bdd";
  public static final String CLASS_CODE = "urn:uuid:41a5887f-8865-4c09-adf7-e362475b143a";
  public static final String TYPE_CODE = "urn:uuid:f0306f51-975f-434e-a61c-c59651d33983";
  public static final String FORMAT_CODE = "urn:uuid:a09d5840-386c-46f2-b5ad-9c3699a4309d";
  public static final String CONFIDENTIALITY_CODE =
      "urn:uuid:f4f85eac-e6cb-4883-b524-f2705394840f";
  public static final String FACILITY_TYPE_CODE = "urn:uuid:f33fb8ac-18af-42cc-ae0e-ed0b0bdb91e1";
  public static final String PRACTICE_SETTING_CODE =
      "urn:uuid:cccf5598-8b07-4b77-a05e-ae952c785ead";
  public static final String DE_AUTHOR = "urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d";

  public static final String APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
  public static final String DEPRECATED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated";
  public static final String DELETED = "urn:asip:ci-sis:2010:StatusType:Deleted";
  public static final String ARCHIVED = "urn:asip:ci-sis:2010:StatusType:Archived";

  public static final String HAS_MEMBER = "urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember";
  public static final String RPLC = "urn:ihe:iti:2007:AssociationType:RPLC";
  public static final String UPDATE_STATUS = "urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus";

  public static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  public static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";

  public static final String SUCCESS = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success";
  public static final String FAILURE = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure";
  public static final String PARTIAL = "urn:ihe:iti:2007:ResponseStatusType:PartialSuccess";
  public static final String SEVERITY_ERROR = "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error";

  public static final String MASKED_TO_PROFESSIONALS = "MASQUE_PS";

  public static final String ACTION_ITI41 = "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b";
  public static final String ACTION_ITI18 = "urn:ihe:iti:2007:RegistryStoredQuery";
  public static final String ACTION_ITI43 = "urn:ihe:iti:2007:RetrieveDocumentSet";
  public static final String ACTION_ITI57 = "urn:ihe:iti:2010:UpdateDocumentSet";
  public static final String ACTION_TD02 = "urn:hl7-org:v3:PRPA_IN201307UV02";
  public static final String ACTION_SET_AUTHORIZATION =
      "urn:si-dmp-habilitations:HabilitationsEndPoint:setAuthorization";

  private Xds() {}
}
