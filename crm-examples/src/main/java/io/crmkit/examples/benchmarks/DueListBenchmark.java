package io.crmkit.examples.benchmarks;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Commitment;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.cadence.CadencePolicy;
import io.crmkit.core.interaction.cadence.CadenceTier;
import io.crmkit.core.interaction.cadence.ContactFacts;
import io.crmkit.core.interaction.cadence.DueList;
import io.crmkit.core.interaction.cadence.DuePlanner;
import io.crmkit.core.interaction.choice.ChannelChooser;
import io.crmkit.persistence.memory.InMemoryInteractions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The account manager's morning due list over 100,000 customers whose 2,000,000 interactions (20
 * each, over the last 180 days, one in 50 with a promise) sit in the in-memory store: the store's
 * two answers (last contact and commitments per customer) and the list with every line's due state
 * and, for those who need something, a channel suggestion. One thread.
 * {@code java -jar crm-examples/target/crmkit-benchmarks.jar DueListBenchmark}
 */
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Threads(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class DueListBenchmark {
  static final int CUSTOMERS = 100_000;
  static final int PER_CUSTOMER = 20;
  static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
  static final EmployeeId MANAGER = EmployeeId.of("am-wang");

  /** The customers, their tiers and the filled store. */
  @State(Scope.Benchmark)
  public static class Book {
    List<Customer> customers;
    List<CustomerId> ids;
    CadenceTier[] tiers;
    InMemoryInteractions store;
    DuePlanner planner;

    @Setup(Level.Trial)
    public void fill() {
      ZoneId shanghai = ZoneId.of("Asia/Shanghai");
      List<ContactPreferences> kinds = List.of(ContactPreferences.builder().zone(shanghai).build(),
          ContactPreferences.builder().addPreferredChannels(Channel.PHONE_CALL)
              .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(9, 0), LocalTime.of(12, 0)))
              .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(13, 0), LocalTime.of(18, 0)))
              .zone(shanghai).build(),
          ContactPreferences.builder().addPreferredChannels(Channel.MESSAGING, Channel.EMAIL)
              .refusedChannels(EnumSet.of(Channel.PHONE_CALL)).zone(shanghai).build(),
          ContactPreferences.builder().addPreferredChannels(Channel.EMAIL).zone(ZoneId.of("Europe/Berlin")).build());
      Random random = new Random(17);
      Instant assigned = Instant.parse("2025-01-01T00:00:00Z");
      customers = new ArrayList<>(CUSTOMERS);
      ids = new ArrayList<>(CUSTOMERS);
      tiers = new CadenceTier[CUSTOMERS];
      for (int c = 0; c < CUSTOMERS; c++) {
        CustomerId id = CustomerId.of(String.format("c-%06d", c));
        customers.add(Customer.builder().from(Customer.person(id, "Customer " + c).assignAccountManager(MANAGER,
            assigned)).contactPreferences(kinds.get(random.nextInt(kinds.size()))).build());
        ids.add(id);
        int t = random.nextInt(100);
        tiers[c] = t < 5 ? CadenceTier.KEY : t < 25 ? CadenceTier.IMPORTANT : CadenceTier.ORDINARY;
      }
      ChannelCatalogue catalogue = ChannelCatalogue.withHostChannels();
      List<InteractionChannel> channels = catalogue.channels().stream()
          .filter(ch -> ch.contactChannel().isPresent()).toList();
      Instant recorded = TODAY.atStartOfDay(shanghai).toInstant();
      List<EmployeeId> staff = List.of(MANAGER);
      EnumSet<ExchangeContent> contents = EnumSet.of(ExchangeContent.EMOTION);
      store = new InMemoryInteractions();
      long serial = 0;
      for (int c = 0; c < CUSTOMERS; c++) {
        CustomerId customer = ids.get(c);
        for (int k = 0; k < PER_CUSTOMER; k++) {
          InteractionChannel ch = channels.get(random.nextInt(channels.size()));
          ZonedDateTime at = TODAY.minusDays(1 + random.nextInt(180)).atTime(8 + random.nextInt(10), 0)
              .atZone(shanghai);
          var b = Interaction.builder().id(InteractionId.of("I-" + serial++)).customer(customer)
              .channel(ch.code()).distance(ch.distance()).medium(ch.medium()).initiator(Initiator.COMPANY)
              .purpose(Purpose.REGULAR_CHECK_IN).contents(contents).occurredAt(at).recordedAt(recorded)
              .staff(staff);
          if (random.nextInt(50) == 0) {
            b.addCommitments(Commitment.of(CommitmentId.of("P-" + serial), "send the leaflet",
                at.toLocalDate().plusDays(3)));
          }
          store.append(b.build());
        }
      }
      planner = DuePlanner.of(CadencePolicy.standard(), ChannelChooser.of(catalogue));
    }
  }

  /** The store's answers and the whole due list of the manager's 100,000 customers. */
  @Benchmark
  public DueList dueListOf100kCustomers(Book book) {
    ContactFacts facts = book.store.contactFacts(book.ids);
    return book.planner.dueList(MANAGER, TODAY, book.customers,
        c -> book.tiers[Integer.parseInt(c.id().value().substring(2))], facts);
  }

  /** The store's two answers alone: last contact and commitments of 100,000 customers. */
  @Benchmark
  public ContactFacts storeAnswersFor100kCustomers(Book book) {
    return book.store.contactFacts(book.ids);
  }
}
