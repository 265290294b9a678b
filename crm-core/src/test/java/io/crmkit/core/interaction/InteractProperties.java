package io.crmkit.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.cadence.CadenceStatus;
import io.crmkit.core.interaction.cadence.ContactCadence;
import io.crmkit.core.interaction.cadence.DueState;
import io.crmkit.core.interaction.calendar.CalendarCsv;
import io.crmkit.core.interaction.calendar.CalendarLetters;
import io.crmkit.core.interaction.calendar.CalendarRange;
import io.crmkit.core.interaction.calendar.ContactCalendar;
import io.crmkit.core.interaction.choice.ChannelChoice;
import io.crmkit.core.interaction.choice.ChannelChooser;
import io.crmkit.core.interaction.choice.ChannelOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractProperties {
  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
  private static final Map<DueState, Integer> URGENCY = Map.of(DueState.NOT_DUE, 0, DueState.DUE_TODAY, 1,
      DueState.OVERDUE, 2);

  @Test
  void theDueStateIsAFunctionOfLastContactCadenceAndDayAndOnlyGrowsMoreUrgentAsDaysPass() {
    qt().forAll(integers().between(-1, 200), integers().between(1, 120), integers().between(0, 400),
            integers().between(0, 60))
        .checkAssert((last, cadence, day, later) -> {
          Optional<LocalDate> lastContact = last < 0 ? Optional.empty() : Optional.of(BASE.plusDays(last));
          ContactCadence c = ContactCadence.ofDays(cadence);
          CadenceStatus early = CadenceStatus.of(lastContact, c, BASE.plusDays(day));
          CadenceStatus again = CadenceStatus.of(lastContact, c, BASE.plusDays(day));
          CadenceStatus late = CadenceStatus.of(lastContact, c, BASE.plusDays(day + later));
          assertThat(again).isEqualTo(early);
          assertThat(URGENCY.get(late.state())).isGreaterThanOrEqualTo(URGENCY.get(early.state()));
          assertThat(late.daysLate()).isGreaterThanOrEqualTo(early.daysLate());
          if (lastContact.isPresent()) {
            long sinceDue = day - last - cadence;
            assertThat(early.state()).isEqualTo(sinceDue > 0 ? DueState.OVERDUE
                : sinceDue == 0 ? DueState.DUE_TODAY : DueState.NOT_DUE);
            assertThat(early.daysLate()).isEqualTo(Math.max(0, sinceDue));
          }
        });
  }

  @Test
  void channelChoiceNeverPicksARefusedChannelOrATimeInsideQuietHours() {
    ChannelCatalogue catalogue = ChannelCatalogue.withHostChannels();
    qt().forAll(InteractionGen.preferences(), arbitrary().enumValues(Purpose.class), InteractionGen.moments(),
            integers().between(0, 48))
        .checkAssert((prefs, purpose, at, waitHours) -> {
          ChannelChoice choice = ChannelChooser.of(catalogue, Duration.ofHours(waitHours), Duration.ofDays(7))
              .choose(purpose, prefs, at.toInstant());
          List<ChannelOption> options = new ArrayList<>();
          choice.chosen().ifPresent(options::add);
          if (choice instanceof ChannelChoice.Chosen chosen) {
            options.addAll(chosen.alternatives());
          } else {
            // No channel allowed: then indeed no suitable, unrefused channel is open at the asked time.
            for (InteractionChannel ch : catalogue.channels()) {
              ch.contactChannel().filter(c -> ch.suits(purpose))
                  .ifPresent(c -> assertThat(prefs.mayUse(c, at.toInstant())).isFalse());
            }
          }
          for (ChannelOption o : options) {
            assertThat(o.channel().suits(purpose)).isTrue();
            assertThat(prefs.refuses(o.channel().contactChannel().orElseThrow())).isFalse();
            assertThat(prefs.mayUse(o.channel().contactChannel().orElseThrow(), o.at().toInstant())).isTrue();
            assertThat(o.at().toInstant()).isAfterOrEqualTo(at.toInstant());
          }
        });
  }

  @Test
  void theCalendarHasOneCellPerStoredInteractionDayAndRoundTripsThroughCsv() {
    CalendarLetters letters = CalendarLetters.withHostDefaults();
    qt().forAll(InteractionGen.interactionLists(), integers().between(0, 40), integers().between(1, 30))
        .checkAssert((log, offset, length) -> {
          LocalDate from = InteractionGen.FIRST_DAY.plusDays(offset);
          CalendarRange range = CalendarRange.of(from, from.plusDays(length - 1));
          ContactCalendar calendar = ContactCalendar.of(range, List.of(CustomerId.of("C-9")), log, letters);
          Set<String> interactionDays = new HashSet<>();
          int contactsInRange = 0;
          for (Interaction i : log) {
            if (range.contains(i.day())) {
              interactionDays.add(i.customer() + "@" + i.day());
              contactsInRange++;
            }
          }
          assertThat(calendar.cells()).hasSize(interactionDays.size());
          assertThat(calendar.cells().stream().mapToInt(c -> c.letters().length()).sum())
              .isEqualTo(contactsInRange);
          assertThat(calendar.customers()).contains(CustomerId.of("C-9"));
          assertThat(CalendarCsv.read(CalendarCsv.write(calendar), 30)).isEqualTo(calendar);
        });
  }
}
