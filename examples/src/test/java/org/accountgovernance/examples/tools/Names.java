package org.accountgovernance.examples.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Fictional people and ideas for the sample, drawn without repeats within one account. */
final class Names {
  static final List<String> FIRST =
      List.of(
          "Maren",
          "Felipe",
          "Ingrid",
          "Tomasz",
          "Aiko",
          "Kwame",
          "Priya",
          "Lena",
          "Mateo",
          "Siobhan",
          "Rafael",
          "Noor",
          "Elif",
          "Jonas",
          "Carmen",
          "Dmitri",
          "Hana",
          "Oluwaseun",
          "Beatriz",
          "Anders",
          "Mei",
          "Callum",
          "Ines",
          "Yusuf",
          "Grete",
          "Ravi",
          "Paloma",
          "Henrik",
          "Zofia",
          "Arjun",
          "Fiona",
          "Kenji",
          "Amara",
          "Luca",
          "Sanna",
          "Diego",
          "Thandiwe",
          "Nils",
          "Leila",
          "Bram");

  static final List<String> LAST =
      List.of(
          "Lund",
          "Ortega",
          "Kovac",
          "Kowalczyk",
          "Tanaka",
          "Asante",
          "Pillai",
          "Brandt",
          "Quiroga",
          "Byrne",
          "Castell",
          "Haddad",
          "Yilmaz",
          "Lindqvist",
          "Ferrer",
          "Volkov",
          "Sato",
          "Adeyemi",
          "Nunes",
          "Holm",
          "Zhang",
          "MacLeod",
          "Duarte",
          "Aziz",
          "Engel",
          "Iyer",
          "Serrano",
          "Dahl",
          "Nowak",
          "Mehta",
          "Gallagher",
          "Mori",
          "Okafor",
          "Bianchi",
          "Virtanen",
          "Paredes",
          "Ndlovu",
          "Berg",
          "Farah",
          "Janssen");

  /** Northgate's executives, who meet the customers' leadership. */
  static final List<String> SUPPLIER_EXECUTIVES =
      List.of(
          "Maren Solberg, CEO",
          "Felipe Arroyo, VP Sales",
          "Ingrid Vos, COO",
          "Kwame Mensah, CFO",
          "Priya Raman, VP Engineering");

  static final List<String> IDEAS =
      List.of(
          "Consignment stock of long-lead parts at the customer's plant",
          "Second-source qualification for the main connector family",
          "Design-for-test review of the next board revision",
          "Kanban pull for the three highest-volume assemblies",
          "Joint cost-down workshop on the enclosure",
          "Shared quality dashboard fed from our test stations",
          "Returnable packaging to cut freight damage",
          "Early supplier involvement in the next product generation",
          "Vendor-managed inventory for fasteners and labels",
          "Conformal coating to cut field failures in humid sites",
          "Quarterly EOL component risk list with proposed substitutes",
          "Regional buffer stock to shorten the delivery lead time");

  private final Random random;
  private final Set<String> used = new HashSet<>();

  Names(Random random) {
    this.random = random;
  }

  /** A person not yet used in this account. */
  String person() {
    while (true) {
      String name =
          FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
      if (used.add(name) && !SUPPLIER_EXECUTIVES.stream().anyMatch(e -> e.startsWith(name))) {
        return name;
      }
    }
  }
}
