package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.identity.Finess;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.Rpps;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.FindDocumentsQuery;
import io.github.eparcours.dmp.SubjectRole;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Task example: one application serving several structures and professionals. One transport is
 * shared by everyone; one DMP client per structure signing key ({@code toBuilder()} shares the
 * transport); the acting professional is given with each call, never held by the client.
 */
public final class MultiTenant {

  private MultiTenant() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example on the fake DMP, printing to {@code out}.
   *
   * @param out where to print
   * @return the VIHF subjects the fake DMP saw, one per call
   */
  public static List<String> run(PrintStream out) {
    try (DmpSandbox sandbox = DmpSandbox.start()) {
      Ins ins = ExampleData.patient().ins().orElseThrow();
      // START SNIPPET: multi-tenant
      DmpClient hospital = sandbox.client(); // structure 1: the hospital's signing key
      KeyMaterial clinicKey = sandbox.signingKey("CLINIQUE DEMO SIGN"); // its "cachet" key
      DmpClient clinic = hospital.toBuilder() // structure 2: same transport, its own key
          .vihfIssuer(VihfIssuer.builder()
              .signingCredential(clinicKey)
              .lps(ExampleData.lps())
              .build())
          .build();

      ActingIdentity hospitalDoctor = ExampleData.actingDoctor();
      ActingIdentity hospitalNurse = ActingIdentity
          .professional(IdNatPs.ofRpps(Rpps.parse(RorFixtures.RPPS_NO_MAILBOX)), "Lea INFIRMIERE")
          .role(SubjectRole.profession("60", "Infirmier"))
          .structure(hospitalDoctor.structure())
          .sector("SA01")
          .build();
      ActingIdentity clinicDoctor = ActingIdentity
          .professional(IdNatPs.ofRpps(Rpps.parse(RorFixtures.RPPS_CARDIOLOGIST)), "Marc CLINIQUE")
          .role(SubjectRole.profession("10", "Médecin"))
          .structure(IdNatStruct.ofFiness(Finess.parse(RorFixtures.FINESS_EJ_CHU_RENNES)))
          .sector("SA07")
          .build();

      // Access is authorised per professional and structure, each by its own client.
      for (ActingIdentity who : List.of(hospitalDoctor, hospitalNurse)) {
        hospital.setAuthorization(who, ins, AuthorizationAction.ADD);
      }
      clinic.setAuthorization(clinicDoctor, ins, AuthorizationAction.ADD);

      List<String> subjects = new ArrayList<>();
      for (ActingIdentity who : List.of(hospitalDoctor, hospitalNurse)) {
        int n = hospital.findDocuments(who, FindDocumentsQuery.forPatient(ins).build()).size();
        subjects.add(who.structureId() + "/" + who.subjectId());
        out.println("hospital client, " + who.subjectId() + ": " + n + " document(s)");
      }
      int n = clinic.findDocuments(clinicDoctor, FindDocumentsQuery.forPatient(ins).build())
          .size();
      subjects.add(clinicDoctor.structureId() + "/" + clinicDoctor.subjectId());
      out.println("clinic client, " + clinicDoctor.subjectId() + ": " + n
          + " document(s)");
      // END SNIPPET: multi-tenant
      return subjects;
    }
  }
}
