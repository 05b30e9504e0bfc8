package io.github.eparcours.examples.scenario;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.examples.tasks.ExampleData;

/**
 * Step 0: the hospital holds a qualified identity for the patient (INS checked, traits from
 * INSi, identity document seen). Uses the CI-SIS example test patient.
 */
public final class PatientAdmissionStep implements ScenarioStep {

  @Override
  public String title() {
    return "The patient leaves hospital with a qualified INS identity";
  }

  @Override
  public void run(ScenarioContext context) {
    Ins ins = Ins.parse(
        context.config().get("patient.ins").orElse("279035121518989"),
        context.config().get("patient.ins.oid").orElse("1.2.250.1.213.1.4.10"),
        Environment.TEST);
    PatientIdentity patient = ExampleData.patient(ins);
    context.put(PatientIdentity.class, patient);
    context.narrator().sayf("INS %s checked (key, authority %s), identity status %s: "
        + "it may feed the DMP", ins, ins.authority(), patient.status());
    context.summarise("patient: qualified INS (" + ins.authority() + ")");
  }
}
