package org.accountgovernance.examples.portfolio;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.cadence.MeetingTier;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.rules.authority.RaciSettings;
import org.accountgovernance.rules.cadence.CadenceSettings;
import org.accountgovernance.rules.escalation.EscalationSettings;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.accountgovernance.rules.program.PlaybookProgramPolicy;

/**
 * Loads a portfolio of accounts from JSON (the format is {@code examples/PORTFOLIO-FORMAT.md}) into
 * {@link AccountSnapshot}s the {@code Playbook} evaluates.
 *
 * <pre>{@code
 * Portfolio portfolio = PortfolioLoader.ofDefaults().load(Path.of("accounts.json"));
 * Portfolio sample = PortfolioLoader.ofDefaults().loadSample();   // 25 accounts, ~300 issues
 * }</pre>
 *
 * <p>Strict: an unknown or missing field, a negative amount or duration, a level id the ladder does
 * not have, an unknown tier id or enum constant, an unparseable time, a duplicate account or issue
 * id, a fact a value type refuses (its message names the field and value) or a history the playbook
 * refuses (an illegal transition, such as consent from an unknown stakeholder) stops the load with
 * a {@link PortfolioFormatException} naming the file, line, JSON path and value. Issue and
 * programme histories are replayed on the playbook's policies while loading, so that a refusal
 * names the event that caused it. An action request must name a process of the account's own RACI
 * matrices (made once they were agreed) or of the playbook's, and an approval an action requested;
 * a matrix without exactly one Accountable is loaded, for the report to show. Nothing is
 * half-loaded: every account, or an exception. Immutable and thread-safe.
 */
public final class PortfolioLoader {
  /** The sample portfolio's resource name on the class path. */
  public static final String SAMPLE_RESOURCE = "/portfolio/sample-portfolio.json";

  /** The version of the format this loader reads (the file's {@code "version"}). */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final IssueReader issues;
  private final ProgramReader programs;
  private final FactsReader facts;
  private final DecisionRightsReader decisionRights;

  private PortfolioLoader(
      EscalationSettings escalation, CadenceSettings cadence, RaciSettings raci) {
    Set<String> levels = new LinkedHashSet<>();
    for (EscalationLevel level : escalation.ladder().levels()) {
      levels.add(level.id());
    }
    Set<String> tiers = new LinkedHashSet<>();
    for (MeetingTier tier : cadence.tiers()) {
      tiers.add(tier.id());
    }
    this.issues = new IssueReader(levels, PlaybookEscalationPolicy.of(escalation));
    this.programs = new ProgramReader(PlaybookProgramPolicy.ofDefaults());
    this.facts = new FactsReader(levels, tiers);
    this.decisionRights = new DecisionRightsReader(raci);
  }

  /**
   * A loader for the playbook's ladder (L1, L2, L3), meeting tiers (WEEKLY, MONTHLY, QBR) and RACI
   * processes (quote approval, ECO, material liability, RMA / credit).
   */
  public static PortfolioLoader ofDefaults() {
    return of(EscalationSettings.ofDefaults(), CadenceSettings.ofDefaults());
  }

  /**
   * A loader for a host's ladder and tiers: level ids, tier ids and currencies are checked against
   * {@code escalation} and {@code cadence}, and issues are replayed on {@code escalation}.
   */
  public static PortfolioLoader of(EscalationSettings escalation, CadenceSettings cadence) {
    return of(escalation, cadence, RaciSettings.ofDefaults());
  }

  /**
   * A loader for a host's ladder, tiers and RACI processes: as {@link #of(EscalationSettings,
   * CadenceSettings)}, and an action request must name a process of the account's own matrices or
   * of {@code raci}'s.
   */
  public static PortfolioLoader of(
      EscalationSettings escalation, CadenceSettings cadence, RaciSettings raci) {
    return new PortfolioLoader(escalation, cadence, raci);
  }

  /**
   * The portfolio in {@code file} (UTF-8).
   *
   * @throws IOException when the file cannot be read
   * @throws PortfolioFormatException when its content is not a valid portfolio
   */
  public Portfolio load(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * The sample portfolio shipped with the examples ({@link #SAMPLE_RESOURCE}): 25 fictional
   * accounts, written to be evaluated at 2026-11-23T09:00:00Z.
   *
   * @throws IllegalStateException when the resource is missing from the class path
   */
  public Portfolio loadSample() {
    try (InputStream in = PortfolioLoader.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE_RESOURCE + " is not on the class path");
      }
      return parse("sample-portfolio.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + SAMPLE_RESOURCE, e);
    }
  }

  /**
   * The portfolio in {@code json}; {@code file} names it in messages.
   *
   * @throws PortfolioFormatException when {@code json} is not a valid portfolio
   */
  public Portfolio parse(String file, String json) {
    Json.Source source = new Json.Source(file, json);
    Json root = Json.root(source, tree(source));
    Json portfolio = root.object("the portfolio", "version", "description", "asOf", "accounts");
    Json version = portfolio.get("version");
    if (!version.node().isInt() || version.node().intValue() != FORMAT_VERSION) {
      throw version.mustBe(FORMAT_VERSION + " (the format version this loader reads)");
    }
    List<PortfolioAccount> accounts = new ArrayList<>();
    Map<AccountId, String> accountPaths = new HashMap<>();
    Map<IssueId, String> issuePaths = new HashMap<>();
    for (Json account : portfolio.get("accounts").elements()) {
      accounts.add(account(account, accountPaths, issuePaths));
    }
    return new Portfolio(
        file,
        portfolio.opt("description").map(Json::text),
        portfolio.opt("asOf").map(Json::instant),
        accounts);
  }

  private PortfolioAccount account(
      Json json, Map<AccountId, String> accountPaths, Map<IssueId, String> issuePaths) {
    Json account =
        json.object(
            "an account",
            "id",
            "name",
            "zone",
            "issues",
            "escalation",
            "meetings",
            "relationship",
            "team",
            "readiness",
            "decisionRights");
    Json idJson = account.get("id");
    AccountId id = Refusals.build(idJson, () -> AccountId.of(idJson.text()));
    String earlier = accountPaths.putIfAbsent(id, idJson.path());
    if (earlier != null) {
      throw idJson.error("duplicates the account id \"" + id + "\" of " + earlier);
    }
    ZoneId zone = account.get("zone").zone();
    Map<IssueId, String> titles = new HashMap<>();
    AccountSnapshot.Builder snapshot = AccountSnapshot.builder().account(id).zone(zone);
    for (Json issueJson : account.list("issues")) {
      Issue issue = issues.read(issueJson, id, titles);
      String other = issuePaths.putIfAbsent(issue.id(), issueJson.path());
      if (other != null) {
        throw issueJson.error("duplicates the issue id \"" + issue.id() + "\" of " + other);
      }
      snapshot.addIssues(issue);
    }
    account.opt("escalation").ifPresent(e -> snapshot.escalation(programs.read(e, id, zone)));
    account.opt("meetings").ifPresent(m -> snapshot.meetings(facts.meetings(m, id, zone)));
    account
        .opt("relationship")
        .ifPresent(r -> snapshot.relationship(facts.relationship(r, id, zone)));
    account.opt("team").ifPresent(t -> snapshot.team(facts.team(t, id, zone)));
    account.opt("readiness").ifPresent(r -> snapshot.readiness(facts.readiness(r, id)));
    account
        .opt("decisionRights")
        .ifPresent(d -> snapshot.decisionRights(decisionRights.read(d, id)));
    AccountSnapshot built = Refusals.build(account, snapshot::build);
    return new PortfolioAccount(
        account.opt("name").map(Json::text).orElse(id.value()), built, titles);
  }

  private static JsonNode tree(Json.Source source) {
    try {
      return MAPPER.readTree(source.text());
    } catch (JsonProcessingException e) {
      String path = "$";
      if (e.getProcessor() instanceof JsonParser parser) {
        path = jsonPath(parser.getParsingContext().pathAsPointer().toString());
      }
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new PortfolioFormatException(
          source.name(), path, line, "is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String jsonPath(String pointer) {
    StringBuilder path = new StringBuilder("$");
    if (pointer.isEmpty()) {
      return path.toString();
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      path.append(name.matches("\\d+") ? "[" + name + "]" : "." + name);
    }
    return path.toString();
  }
}
