package io.github.eparcours.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Logs identity values and the failures of their validation at every level, through SLF4J into
 * logback, and checks that no INS, name, birth date or local identifier reaches the log.
 */
class PhiSafeLoggingTest {

  private static final String INS = "279035121518989";
  private static final String BIRTH_NAME = "PAT-TROIS";
  private static final String GIVEN = "DOMINIQUE";
  private static final String OTHER_GIVEN = "MARIE-LOUISE";
  private static final String IPP = "IPP-000042";
  private static final List<String> FORBIDDEN = List.of(
      INS, INS.substring(0, 13), INS.substring(2, 12), "2790351215188",
      BIRTH_NAME, GIVEN, OTHER_GIVEN, "1979-03-28", "19790328", "28/03/1979", "1979",
      "51215", IPP);

  private final org.slf4j.Logger log = LoggerFactory.getLogger("io.github.eparcours.phi");
  private final Logger logger = (Logger) log;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Level previousLevel;

  @BeforeEach
  void attach() {
    // Own appender only, not the console: the test asserts on what a log would hold.
    previousLevel = logger.getLevel();
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(appender);
    appender.stop();
    logger.setLevel(previousLevel);
    logger.setAdditive(true);
  }

  private static PatientIdentity identity() {
    InsTraits traits = InsTraits.builder().birthName(BIRTH_NAME).firstGivenName(GIVEN)
        .addGivenName(GIVEN).addGivenName(OTHER_GIVEN).sex(Sex.F)
        .birthDate(PartialDate.parse("1979-03-28")).birthplace("51215").build();
    return PatientIdentity.builder()
        .ins(Ins.parse(INS, InsAuthority.NIR_TEST.oid()))
        .traits(traits).status(IdentityStatus.RECUP)
        .localId(LocalPatientId.of(IPP, "1.2.250.1.999.1")).build();
  }

  @Test
  void loggingIdentityValues_atEveryLevel_writesNoPatientData() {
    PatientIdentity p = identity();
    List<Object> values = List.of(p, p.ins().orElseThrow(), p.traits(), p.traits().birthDate(),
        p.localId().orElseThrow(), List.of(p), p.ins().orElseThrow().authority());
    for (Object value : values) {
      logEverywhere("value {}", value);
      logEverywhere("value " + value, null);
    }
    assertThat(appender.list).hasSize(values.size() * 2 * 5);
    assertNoPatientData();
    assertThat(appender.list.get(0).getFormattedMessage()).contains("RECUP");
  }

  @Test
  void loggingValidationFailures_atEveryLevel_writesNoPatientData() {
    PatientIdentity p = identity();
    List<Supplier<Object>> failures = List.of(
        () -> Ins.parse("279035121518988", InsAuthority.NIR.oid()),
        () -> Ins.parse("27903512151898", InsAuthority.NIR.oid()),
        () -> Ins.parse("2790351215189X9", InsAuthority.NIR.oid()),
        () -> Ins.parse(INS, "1.2.3.4"),
        () -> Ins.parse(INS, InsAuthority.NIR_TEST.oid(),
            io.github.eparcours.core.Environment.PRODUCTION),
        () -> Ins.parseCx(INS + "^^^&1.2.250.1.213.1.4.10&ISO^PI"),
        () -> Ins.of("2790351215189", "88", InsAuthority.NIR),
        () -> PartialDate.parse("1979-13-28"),
        () -> PartialDate.fromHl7("19790328XX"),
        () -> p.traits().toBuilder().birthplace("5121X").build(),
        () -> p.traits().toBuilder().birthName(" ").build(),
        () -> LocalPatientId.of(IPP + "^", "1.2.3"),
        () -> p.toBuilder().ins(null).build(),
        () -> p.requireQualifiedIns(ErrorCode.of("DMP-0001"), "DMP document feed"),
        () -> {
          Ins.validate("279035121518988", InsAuthority.NIR.oid())
              .throwIfInvalid(ErrorCode.of("CORE-0199"), "patient INS");
          return null;
        },
        () -> SecureXml.parse(new ByteArrayInputStream(("<ClinicalDocument><name>" + BIRTH_NAME
            + "</name><birthTime value='19790328'></ClinicalDocument>")
            .getBytes(StandardCharsets.UTF_8))));
    List<EparcoursException> caught = new ArrayList<>();
    for (Supplier<Object> failure : failures) {
      try {
        failure.get();
      } catch (EparcoursException e) {
        caught.add(e);
        logEverywhere("refused: {}", e.getMessage());
        logEverywhere("refused", e);
      }
    }
    assertThat(caught).hasSameSizeAs(failures);
    assertNoPatientData();
  }

  @Test
  void unredacted_isTheExplicitOptIn() {
    PatientIdentity p = identity();
    assertThat(p.unredacted()).contains(INS, BIRTH_NAME, GIVEN, OTHER_GIVEN, "1979-03-28",
        "51215", IPP);
    assertThat(p.ins().orElseThrow().unredacted()).isEqualTo("Ins[NIR_TEST " + INS + "]");
    assertThat(p.traits().birthDate().unredacted()).isEqualTo("PartialDate[1979-03-28]");
  }

  private void logEverywhere(String message, Object argumentOrThrowable) {
    if (argumentOrThrowable instanceof Throwable t) {
      log.trace(message, t);
      log.debug(message, t);
      log.info(message, t);
      log.warn(message, t);
      log.error(message, t);
    } else {
      log.trace(message, argumentOrThrowable);
      log.debug(message, argumentOrThrowable);
      log.info(message, argumentOrThrowable);
      log.warn(message, argumentOrThrowable);
      log.error(message, argumentOrThrowable);
    }
  }

  private void assertNoPatientData() {
    assertThat(appender.list).isNotEmpty();
    for (ILoggingEvent event : appender.list) {
      StringBuilder text = new StringBuilder(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        text.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
      }
      assertThat(text.toString()).doesNotContain(FORBIDDEN);
    }
  }
}
