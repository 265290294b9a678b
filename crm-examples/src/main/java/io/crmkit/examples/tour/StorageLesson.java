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
import io.crmkit.persistence.VersionConflictException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lesson 6, host-owned storage: the sample base saved to an embedded H2 file; two account managers
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
  public String title() {
    return "Host-owned storage (all stages): versions, lost updates prevented, the right to be forgotten";
  }

  @Override
  public void run(PrintStream out) {
    Path dir;
    try {
      dir = Files.createTempDirectory("crmkit-tour");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a folder for the tour's database", e);
    }
    try {
      lesson(out, dir.resolve("crm"));
    } finally {
      deleteTree(dir);
    }
  }

  private void lesson(PrintStream out, Path file) {
    Customer liWei;
    ComplaintId complaintId = ComplaintId.of("CMP-2026-031");
    try (JdbcStores stores = EmbeddedH2.open(file)) {
      int saved = stores.customers().saveAll(SampleCustomers.load()).size();
      out.println("Saved the " + saved + " sample customers to an H2 file (schema version "
          + stores.schemaVersion() + "), each at version 1.");

      Customer annasCopy = stores.customers().stream().findFirst().orElseThrow();
      Customer bensCopy = annasCopy;
      liWei = stores.customers().save(annasCopy.recordFact(fact("occupation", "teacher", Sensitivity.INTERNAL)));
      out.println("Anna and Ben both open " + annasCopy.displayName() + " at version 1. Anna saves first: version "
          + liWei.version() + ".");
      try {
        stores.customers().save(bensCopy.recordFact(fact("occupation", "pilot", Sensitivity.INTERNAL)));
      } catch (VersionConflictException e) {
        out.println("Ben's save is refused, nothing is overwritten: " + e.getMessage());
      }
      Customer reloaded = stores.customers().find(annasCopy.id()).orElseThrow();
      out.println("Ben reloads, sees \"" + reloaded.fact(FactKey.of("occupation")).orElseThrow().value().orElseThrow()
          + "\" and adds what he knew: version "
          + stores.customers().save(reloaded.recordFact(fact("assets", "EUR 182,000", Sensitivity.CONFIDENTIAL)))
              .version() + ".");

      ComplaintHandling handling = ComplaintHandling.on(clock);
      Handler lin = Handler.agent("em-lin");
      Complaint c = handling.receive(complaintId, Receipt.builder().complainant(liWei.id())
          .channel(Channel.EMAIL).whatHappened("card blocked abroad, no one answered the hotline")
          .severity(ComplaintSeverity.HIGH).build(), lin);
      c = handling.apply(c, ComplaintCommand.acknowledge(lin, "apologised, unblocked the card"));
      stores.complaints().save(c, 0);
    }
    try (JdbcStores stores = EmbeddedH2.open(file)) {
      Complaint c = stores.complaints().find(complaintId).orElseThrow();
      out.println("After closing and reopening the file, " + complaintId + " still holds " + c.history().size()
          + " events, state " + c.state() + ".");
      Customer stored = stores.customers().find(liWei.id()).orElseThrow();
      out.println("The stored record of " + stored.id() + " is " + CustomerCodec.encode(stored).length
          + " bytes with the confidential assets in it; its toString shows "
          + stored.fact(FactKey.of("assets")).orElseThrow());

      StyleProfile profile = StyleProfile.of(stored.id());
      for (String cue : List.of("asks for data sheets", "checks the figures twice", "keeps a poker face")) {
        profile = profile.observe(BehaviourCue.standard(cue), EmployeeId.of("em-anna"), clock.instant(),
            StyleClassifier.DEFAULT);
      }
      stores.styleProfiles().save(profile, 0);
      out.println("Anna's observations are stored too: " + stored.id() + " reads as "
          + profile.style().orElseThrow() + ".");

      ErasureRecord erasure = Erasure.erase(stored.id(), stores.customers(), stores.complaints(),
          stores.styleProfiles(), stores.unitOfWork(), clock);
      Customer erased = stores.customers().find(stored.id()).orElseThrow();
      Complaint kept = stores.complaints().find(complaintId).orElseThrow();
      out.println(stored.id() + " asks to be forgotten. Name now \"" + erased.displayName() + "\", facts "
          + erased.facts().size() + ", contact points " + erased.contactPoints().size() + "; kept for the figures: "
          + erased.orders().size() + " order(s) worth " + erased.orders().get(0).total() + ", and the complaint's "
          + kept.history().size() + " steps with their times (what happened reads \""
          + kept.status().receipt().whatHappened() + "\"); style profile stored: "
          + stores.styleProfiles().find(stored.id()).isPresent() + ".");
      out.println("The erasure is recorded without personal data: " + erasure);
    }
  }

  private ProfileFact fact(String key, String value, Sensitivity sensitivity) {
    return ProfileFact.builder().key(FactKey.of(key))
        .category(sensitivity == Sensitivity.CONFIDENTIAL ? FactCategory.FINANCIAL : FactCategory.DEMOGRAPHIC)
        .sensitivity(sensitivity).content(value).source("branch visit").recordedAt(clock.instant()).build();
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
