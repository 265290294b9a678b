package io.crmkit.examples.tour;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.personality.StyleClassifier;
import io.crmkit.core.personality.StyleProfile;
import io.crmkit.examples.storage.EmbeddedH2;
import io.crmkit.persistence.jdbc.JdbcStores;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.ErasureRecord;
import io.crmkit.persistence.Pseudonyms;
import io.crmkit.persistence.VersionConflictException;
import java.io.IOException;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Host-owned storage (every IDIC stage rests on it): the sample base saved to an embedded H2 file; two account managers
 * edit the same customer and the second, stale save is refused instead of silently overwriting the
 * first; a complaint history survives closing the database; a customer exercises the right to be
 * forgotten and the figures stay.
 */
final class StorageLesson implements Lesson {
  private final Clock clock;

  StorageLesson(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "storage";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    Path dir;
    try {
      dir = Files.createTempDirectory("crmkit-tour");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the tour's database", e);
    }
    try {
      lesson(text, section, dir.resolve("crm"));
    } finally {
      deleteTree(dir);
    }
  }

  private void lesson(LessonText text, ReportSection.Builder section, Path file) {
    List<List<String>> steps = new ArrayList<>();
    Customer liWei;
    ComplaintId complaintId = ComplaintId.of("CMP-2026-031");
    boolean refused = false;
    int saved;
    try (JdbcStores stores = EmbeddedH2.open(file)) {
      saved = stores.customers().saveAll(SampleCustomers.load()).size();
      steps.add(List.of(text.text("step.save"), text.text("result.save", saved, stores.schemaVersion())));

      Customer annasCopy = stores.customers().stream().findFirst().orElseThrow();
      Customer bensCopy = annasCopy;
      liWei = stores.customers().save(annasCopy.recordFact(fact(text, "occupation", text.text("sample.teacher"), Sensitivity.INTERNAL)));
      steps.add(List.of(text.text("step.anna", annasCopy.id()), text.text("result.version", liWei.version())));
      try {
        stores.customers().save(bensCopy.recordFact(fact(text, "occupation", text.text("sample.pilot"), Sensitivity.INTERNAL)));
        steps.add(List.of(text.text("step.ben"), text.text("result.overwritten")));
      } catch (VersionConflictException e) {
        refused = true;
        steps.add(List.of(text.text("step.ben"), text.text("result.refused",
            text.text("conflict", e.id(), e.expected(), e.actual()))));
      }
      Customer reloaded = stores.customers().find(annasCopy.id()).orElseThrow();
      String seen = reloaded.fact(FactKey.of("occupation")).orElseThrow().value().orElseThrow();
      long version = stores.customers().save(reloaded.recordFact(fact(text, "assets", "EUR 182,000", Sensitivity.CONFIDENTIAL)))
          .version();
      steps.add(List.of(text.text("step.reload"), text.text("result.reload", seen, version)));

      ComplaintHandling handling = ComplaintHandling.on(clock);
      Handler lin = Handler.agent("em-lin");
      Complaint c = handling.receive(complaintId, Receipt.builder().complainant(liWei.id())
          .channel(Channel.EMAIL).whatHappened(text.text("complaint.what"))
          .severity(ComplaintSeverity.HIGH).build(), lin);
      c = handling.apply(c, ComplaintCommand.acknowledge(lin, text.text("complaint.ack")));
      stores.complaints().save(c, 0);
    }
    int kept;
    boolean profileGone;
    try (JdbcStores stores = EmbeddedH2.open(file)) {
      Complaint c = stores.complaints().find(complaintId).orElseThrow();
      steps.add(List.of(text.text("step.reopen"), text.text("result.reopen", complaintId, c.history().size(),
          text.name(c.state()))));
      Customer stored = stores.customers().find(liWei.id()).orElseThrow();
      steps.add(List.of(text.text("step.print", stored.id()), text.text("result.print",
          CustomerCodec.encode(stored).length, stored.fact(FactKey.of("assets")).orElseThrow())));

      StyleProfile profile = StyleProfile.of(stored.id());
      for (String cue : PersonalityLesson.NOTES.get(stored.id())) {
        profile = profile.observe(BehaviourCue.standard(cue), EmployeeId.of("em-anna"), clock.instant(),
            StyleClassifier.DEFAULT);
      }
      stores.styleProfiles().save(profile, 0);
      steps.add(List.of(text.text("step.profile"), text.text("result.profile", stored.id(),
          profile.style().map(text::name).orElse("-"))));

      // The host's pseudonym secret comes from its key store; the tour makes one up.
      Pseudonyms pseudonyms = Pseudonyms.of("tour-key", "a tour secret, thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
      ErasureRecord erasure = Erasure.erase(stored.id(), pseudonyms, stores.customers(), stores.complaints(),
          stores.styleProfiles(), stores.unitOfWork(), clock);
      Complaint keptComplaint = stores.complaints().find(complaintId).orElseThrow();
      Customer figures = stores.customers().stream().filter(k -> k.id().value().startsWith("anon-")).findFirst()
          .orElseThrow();
      kept = keptComplaint.history().size();
      profileGone = stores.styleProfiles().find(stored.id()).isEmpty();
      steps.add(List.of(text.text("step.erase", stored.id()), text.text("result.erase",
          stores.customers().find(stored.id()).isPresent() ? text.text("yes") : text.text("no"),
          figures.orders().size(), figures.orders().get(0).total(),
          kept, keptComplaint.status().receipt().whatHappened(), profileGone ? text.text("yes") : text.text("no"))));
      steps.add(List.of(text.text("step.record"), erasure.toString()));
    }
    section.table(new ReportTable(text.text("steps.caption"), List.of(text.text("col.step"), text.text("col.result")),
        steps));
    section.takeaway(text.text(refused ? "takeaway.refused" : "takeaway.overwritten", saved, kept,
        profileGone ? text.text("yes") : text.text("no")));
  }

  private ProfileFact fact(LessonText text, String key, String value, Sensitivity sensitivity) {
    return ProfileFact.builder().key(FactKey.of(key))
        .category(sensitivity == Sensitivity.CONFIDENTIAL ? FactCategory.FINANCIAL : FactCategory.DEMOGRAPHIC)
        .sensitivity(sensitivity).content(value).source(text.text("sample.source")).recordedAt(clock.instant()).build();
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the tour's database in " + dir, e);
    }
  }
}
