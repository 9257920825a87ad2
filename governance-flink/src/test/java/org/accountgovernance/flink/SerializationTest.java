package org.accountgovernance.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.program.ActionItem;
import org.accountgovernance.core.program.RequestSource;
import org.accountgovernance.core.program.Stakeholder;
import org.accountgovernance.core.update.RagStatus;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.MapTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Every type the job keeps in state or emits is a Flink POJO: no Kryo, even silently. */
class SerializationTest {
  private static <T> T roundTrip(Class<T> type, T value) throws Exception {
    TypeInformation<T> info = TypeInformation.of(type);
    assertThat(info).isInstanceOf(PojoTypeInfo.class);
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    TypeSerializer<T> serializer = info.createSerializer(config);
    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(value, out);
    return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }

  @Test
  void stateAndOutputTypesAreFlinkPojos() throws Exception {
    AccountEvent money =
        AccountEvent.triggerAdded(
            "ACME", "CASE-1", Scenario.T0, Trigger.financialImpact(Money.parse("USD 12000.50")));
    AccountEvent flag = AccountEvent.opened("ACME", "CASE-2", Scenario.T0, Trigger.brandRisk());
    // Programme events: request source, RAG status, criteria, reference, escalation and zone.
    AccountEvent requested =
        AccountEvent.escalationRequested(
                "ACME", "AEM-1", Scenario.T0, RequestSource.CUSTOMER_CARE, "two line-downs")
            .inZone("Asia/Tokyo");
    AccountEvent declared =
        AccountEvent.escalationDeclared(
            "ACME",
            "AEM-1",
            Scenario.T0,
            RagStatus.RED,
            List.of("AEM-CRITERIA-ACCOUNT", "AEM-CRITERIA-DEAL"),
            "renewal");
    AccountEvent criterion =
        AccountEvent.ofEscalation(
            AccountEvent.Type.ESCALATION_CRITERION_SET, "ACME", "AEM-1", Scenario.T0);
    criterion.setRef("SC-1");
    criterion.setNote("no line-down for 30 days");
    // Stakeholders, consents, action items (their due day) and meetings (tiers, attendees, inputs).
    AccountEvent stakeholder =
        AccountEvent.escalationStakeholderAdded(
            "ACME", "AEM-1", Scenario.T0, Stakeholder.required("Customer CIO"));
    AccountEvent consent =
        AccountEvent.escalationConsentGiven("ACME", "AEM-1", Scenario.T0, "Customer CIO");
    AccountEvent action =
        AccountEvent.escalationActionAdded(
            "ACME",
            "AEM-1",
            Scenario.T0,
            ActionItem.builder()
                .id("A-1")
                .description("replace the feeder")
                .owner("Factory PM")
                .due(LocalDate.parse("2026-03-03"))
                .criterionId("SC-1")
                .build());
    AccountEvent meeting =
        AccountEvent.meetingHeld(
            "ACME",
            MeetingRecord.builder()
                .id("W-1")
                .addTierIds("WEEKLY")
                .heldAt(Scenario.T0)
                .addAttendees(
                    PartyRole.customer("Customer Buyer"), PartyRole.supplier("Factory PM"))
                .addInputs("Open Order Report")
                .addOutputs("Confirmed ship dates for the next 2 weeks")
                .build());
    assertThat(action.getDue()).isEqualTo("2026-03-03");
    assertThat(meeting.getAttendees()).isEqualTo("CUSTOMER:Customer Buyer,SUPPLIER:Factory PM");
    for (AccountEvent e :
        List.of(
            money,
            flag,
            Scenario.events().get(3),
            requested,
            declared,
            criterion,
            stakeholder,
            consent,
            action,
            meeting)) {
      assertThat(roundTrip(AccountEvent.class, e)).isEqualTo(e);
    }
    RefusedEvent refused = roundTrip(RefusedEvent.class, RefusedEvent.of(flag, "refused: test"));
    assertThat(refused.getEvent()).isEqualTo(flag);
    assertThat(refused.getReason()).isEqualTo("refused: test");

    // Compaction's state: the POJO of what is kept, and the compacted ids' finish instants.
    CompactedFacts compacted = new CompactedFacts();
    compacted.setZone("Asia/Tokyo");
    compacted.setLatest(Scenario.T0.plusNanos(7));
    compacted.setEscalation("AEM-1");
    compacted.setIssues(2);
    compacted.setEvents(5);
    assertThat(roundTrip(CompactedFacts.class, compacted)).isEqualTo(compacted);
    assertThat(roundTrip(CompactedFacts.class, new CompactedFacts()))
        .isEqualTo(new CompactedFacts());
    SerializerConfigImpl noKryo = new SerializerConfigImpl();
    noKryo.setGenericTypes(false);
    TypeSerializer<Map<String, Instant>> ids =
        new MapTypeInfo<>(Types.STRING, Types.INSTANT).createSerializer(noKryo);
    Map<String, Instant> finished = Map.of("issue:CASE-1", Scenario.T0.plusNanos(3));
    DataOutputSerializer idsOut = new DataOutputSerializer(64);
    ids.serialize(finished, idsOut);
    assertThat(ids.deserialize(new DataInputDeserializer(idsOut.getCopyOfBuffer())))
        .isEqualTo(finished);

    GovernanceNotification n = new GovernanceNotification();
    n.setAccount("ACME");
    n.setAt(Scenario.T0.plusNanos(1));
    n.setStatus(RagStatus.RED);
    n.setType(org.accountgovernance.core.account.AccountChange.Type.STATUS);
    assertThat(roundTrip(GovernanceNotification.class, n)).isEqualTo(n);
  }
}
