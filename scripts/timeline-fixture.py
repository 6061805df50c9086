#!/usr/bin/env python3
"""Writes the timeline test fixture: a short history of relations between
Sweden and Denmark (sentences written for annals) and the events a good coder
should find in it, as `annals code` JSONL records.

Usage: scripts/timeline-fixture.py   (from anywhere; rewrites
crates/timeline/tests/fixtures/swe-dnk.txt and swe-dnk.events.jsonl)

The events carry real date intervals at the precision the sentence gives
(a day, a month, a year, a decade, a century), a few other dyads, one negated
and one undated event, so that filtering, interval weighting and phases can be
tested on a history whose turns are known.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates", "timeline", "tests", "fixtures")
DOC = "swe-dnk"

# The CAMEO figures come from the repository's own table.
CAMEO = {}
with open(os.path.join(ROOT, "dict", "cameo", "events.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or line.startswith("code\t"):
            continue
        code, root, label, quad, gold, plover = line.rstrip("\n").split("\t")
        CAMEO[code] = dict(cameo=code, root=root, label=label, plover=plover, quad_class=int(quad), goldstein=float(gold))

NAMES = {
    "SWE": "Sweden", "DNK": "Denmark", "RUS": "Russia", "NOR": "Norway", "DEU": "Germany",
}


def polity(country, year):
    if country == "DNK":
        return "Denmark–Norway" if year is not None and year < 1814 else "Kingdom of Denmark"
    if country == "SWE":
        return "Sweden–Norway" if year is not None and 1814 <= year < 1905 else "Kingdom of Sweden"
    if country == "RUS":
        return "Russian Empire" if year is not None and year >= 1721 else "Tsardom of Russia"
    if country == "DEU":
        return "Kingdom of Prussia"
    return NAMES[country]


# (paragraph break before?, sentence, [events]) where an event is
# (edtf, start, end, precision, basis, source, target, cameo, symmetric, negated, trigger)
Y = "year"
HISTORY = [
    (True, "In November 1520 the Danish king Christian II had scores of Swedish nobles executed in Stockholm.",
     [("1520-11", "1520-11-01", "1520-11-30", "month", "explicit", "DNK", "SWE", "180", False, False, "executed")]),
    (False, "In 1523 Sweden elected Gustav Vasa king and broke away from the union with Denmark.",
     [("1523", "1523", "1523", Y, "explicit", "SWE", "DNK", "161", False, False, "broke away")]),
    (False, "Throughout the seventeenth century Denmark and Sweden were rivals for mastery of the Baltic.",
     [("16XX", "1600", "1699", "century", "explicit", "DNK", "SWE", "111", True, False, "rivals")]),
    (True, "From 1563 to 1570 Denmark and Sweden fought the Northern Seven Years' War.",
     [("1563/1570", "1563", "1570", Y, "explicit", "DNK", "SWE", "190", True, False, "fought")]),
    (False, "In 1565 the Danish and Swedish armies clashed at Axtorna.",
     [("1565", "1565", "1565", Y, "explicit", "DNK", "SWE", "190", True, False, "clashed")]),
    (False, "In 1570 the two kingdoms made peace at Stettin.",
     [("1570", "1570", "1570", Y, "explicit", "DNK", "SWE", "057", True, False, "made peace")]),
    (True, "In 1611 Denmark declared war on Sweden, and the Kalmar War began.",
     [("1611", "1611", "1611", Y, "explicit", "DNK", "SWE", "190", False, False, "declared war")]),
    (False, "By 1612 Danish forces had taken the fortresses of Kalmar and Älvsborg.",
     [("1611/1612", "1611", "1612", Y, "narrative", "DNK", "SWE", "192", False, False, "taken")]),
    (False, "The Treaty of Knäred ended the war in 1613, and Sweden agreed to pay a heavy ransom for Älvsborg.",
     [("1613", "1613", "1613", Y, "explicit", "DNK", "SWE", "057", True, False, "Treaty")]),
    (True, "In December 1643 Swedish troops marched into Jutland without a declaration of war.",
     [("1643-12", "1643-12-01", "1643-12-31", "month", "explicit", "SWE", "DNK", "190", False, False, "marched into")]),
    (False, "In 1644 a Danish fleet fought a Swedish fleet off Kolberger Heide.",
     [("1644", "1644", "1644", Y, "explicit", "DNK", "SWE", "190", True, False, "fought")]),
    (False, "At Brömsebro in 1645 Denmark gave up Gotland and Ösel to Sweden.",
     [("1645", "1645", "1645", Y, "explicit", "DNK", "SWE", "08", False, False, "gave up")]),
    (True, "In 1657 Denmark declared war on Sweden, hoping to win back its lost provinces.",
     [("1657", "1657", "1657", Y, "explicit", "DNK", "SWE", "190", False, False, "declared war")]),
    (False, "In the winter of 1658 the Swedish army crossed the frozen Belts and marched on Copenhagen.",
     [("1658-01/1658-02", "1658-01-01", "1658-02-28", "season", "explicit", "SWE", "DNK", "190", False, False, "marched on")]),
    (False, "In February 1658 Denmark signed the Treaty of Roskilde and ceded Scania, Halland and Blekinge to Sweden.",
     [("1658-02", "1658-02-01", "1658-02-28", "month", "explicit", "DNK", "SWE", "057", True, False, "signed")]),
    (False, "In August 1658 the Swedish king broke the peace and laid siege to Copenhagen.",
     [("1658-08", "1658-08-01", "1658-08-31", "month", "explicit", "SWE", "DNK", "191", False, False, "laid siege")]),
    (False, "In February 1659 the Danes beat back a Swedish assault on the city.",
     [("1659-02", "1659-02-01", "1659-02-28", "month", "explicit", "DNK", "SWE", "190", True, False, "assault")]),
    (False, "The Treaty of Copenhagen restored peace in 1660.",
     [("1660", "1660", "1660", Y, "explicit", "DNK", "SWE", "057", True, False, "Treaty")]),
    (True, "In 1675 Denmark again went to war with Sweden over Scania.",
     [("1675", "1675", "1675", Y, "explicit", "DNK", "SWE", "190", False, False, "went to war")]),
    (False, "In December 1676 the two armies fought a bloody battle at Lund.",
     [("1676-12", "1676-12-01", "1676-12-31", "month", "explicit", "DNK", "SWE", "190", True, False, "battle")]),
    (False, "In 1677 the Danish navy defeated the Swedish fleet in Køge Bay.",
     [("1677", "1677", "1677", Y, "explicit", "DNK", "SWE", "190", False, False, "defeated")]),
    (False, "The Peace of Lund in 1679 ended the Scanian War.",
     [("1679", "1679", "1679", Y, "explicit", "DNK", "SWE", "057", True, False, "Peace")]),
    (False, "In 1680 the Danish princess Ulrika Eleonora married the Swedish king Charles XI.",
     [("1680", "1680", "1680", Y, "explicit", "DNK", "SWE", "050", True, False, "married")]),
    (True, "In August 1700 a Swedish army landed at Humlebæk and forced Denmark out of the war.",
     [("1700-08", "1700-08-01", "1700-08-31", "month", "explicit", "SWE", "DNK", "190", False, False, "landed")]),
    (False, "Denmark accepted the Peace of Travendal in August 1700.",
     [("1700-08", "1700-08-01", "1700-08-31", "month", "explicit", "DNK", "SWE", "057", True, False, "accepted")]),
    (False, "After the Swedish defeat at Poltava, Denmark declared war on Sweden again in 1709.",
     [("1709", "1709", "1709", Y, "explicit", "DNK", "SWE", "190", False, False, "declared war"),
      ("1709", "1709", "1709", Y, "explicit", "RUS", "SWE", "190", False, False, "defeat")]),
    (False, "In 1710 a Danish army that had landed in Scania was defeated at Helsingborg.",
     [("1710", "1710", "1710", Y, "explicit", "SWE", "DNK", "190", False, False, "defeated")]),
    (False, "During the 1710s Danish and Swedish squadrons fought again and again in the Baltic.",
     [("171X", "1710", "1719", "decade", "explicit", "DNK", "SWE", "190", True, False, "fought")]),
    (False, "The Treaty of Frederiksborg in 1720 made peace between Denmark and Sweden.",
     [("1720", "1720", "1720", Y, "explicit", "DNK", "SWE", "057", True, False, "made peace")]),
    (True, "In 1780 Denmark and Sweden joined Russia in the League of Armed Neutrality.",
     [("1780", "1780", "1780", Y, "explicit", "DNK", "SWE", "057", True, False, "joined"),
      ("1780", "1780", "1780", Y, "explicit", "SWE", "RUS", "057", True, False, "joined")]),
    (False, "In 1788 a Danish-Norwegian army invaded Sweden from Norway in support of Russia.",
     [("1788", "1788", "1788", Y, "explicit", "DNK", "SWE", "190", False, False, "invaded")]),
    (False, "Under British and Prussian pressure, Denmark agreed to a truce with Sweden later that year.",
     [("1788", "1788", "1788", Y, "narrative", "DNK", "SWE", "087", False, False, "truce")]),
    (False, "In 1794 the two kingdoms signed a convention of armed neutrality to protect their shipping.",
     [("1794", "1794", "1794", Y, "explicit", "DNK", "SWE", "057", True, False, "signed")]),
    (True, "In 1808 Denmark declared war on Sweden as an ally of Napoleon, and Russia invaded Finland, then part of Sweden.",
     [("1808", "1808", "1808", Y, "explicit", "DNK", "SWE", "190", False, False, "declared war"),
      ("1808", "1808", "1808", Y, "explicit", "RUS", "SWE", "190", False, False, "invaded")]),
    (False, "The Treaty of Jönköping ended the war in December 1809.",
     [("1809-12", "1809-12-01", "1809-12-31", "month", "explicit", "DNK", "SWE", "057", True, False, "Treaty")]),
    (False, "In December 1813 Swedish troops under Bernadotte invaded Holstein.",
     [("1813-12", "1813-12-01", "1813-12-31", "month", "explicit", "SWE", "DNK", "190", False, False, "invaded")]),
    (False, "In January 1814 the Treaty of Kiel forced Denmark to cede Norway to Sweden.",
     [("1814-01", "1814-01-01", "1814-01-31", "month", "explicit", "SWE", "DNK", "170", False, False, "forced")]),
    (True, "During the 1840s Danish and Swedish students met in great Scandinavian gatherings.",
     [("184X", "1840", "1849", "decade", "explicit", "DNK", "SWE", "042", True, False, "met")]),
    (False, "In 1848 Sweden sent troops to Funen to stand by Denmark against the Schleswig-Holstein rebels.",
     [("1848", "1848", "1848", Y, "explicit", "SWE", "DNK", "074", False, False, "sent troops")]),
    (False, "In 1864 Prussia and Austria defeated Denmark and took Schleswig and Holstein.",
     [("1864", "1864", "1864", Y, "explicit", "DEU", "DNK", "190", False, False, "defeated")]),
    (False, "Sweden did not send troops to help Denmark that year.",
     [("1864", "1864", "1864", Y, "narrative", "SWE", "DNK", "072", False, True, "send troops")]),
    (False, "Stockholm turned down Copenhagen's plea for an alliance.",
     [("1864", "1864", "1864", Y, "narrative", "SWE", "DNK", "1212", False, False, "turned down")]),
    (False, "In 1873 Denmark and Sweden founded the Scandinavian Monetary Union.",
     [("1873", "1873", "1873", Y, "explicit", "DNK", "SWE", "061", True, False, "founded")]),
    (False, "In 1905 Norway left its union with Sweden without a war.",
     [("1905", "1905", "1905", Y, "explicit", "NOR", "SWE", "161", False, False, "left")]),
    (True, "In December 1914 the kings of Denmark, Norway and Sweden met at Malmö and agreed to keep their countries neutral.",
     [("1914-12", "1914-12-01", "1914-12-31", "month", "explicit", "DNK", "SWE", "050", True, False, "met")]),
    (False, "In October 1943 Sweden gave refuge to thousands of Danish Jews who fled across the Øresund.",
     [("1943-10", "1943-10-01", "1943-10-31", "month", "explicit", "SWE", "DNK", "075", False, False, "gave refuge")]),
    (False, "In 1952 Denmark and Sweden were among the founders of the Nordic Council.",
     [("1952", "1952", "1952", Y, "explicit", "DNK", "SWE", "050", True, False, "founders")]),
    (False, "In the 1950s the Nordic countries agreed to abolish passport checks at their common borders.",
     [("195X", "1950", "1959", "decade", "explicit", "DNK", "SWE", "057", True, False, "agreed")]),
    (False, "Since the middle of the twentieth century the two countries have been close partners.",
     [("1950/2020", "1950", "2020", "decade", "narrative", "DNK", "SWE", "050", True, False, "partners")]),
    (False, "Danish and Swedish envoys often met to settle questions of fishing rights.",
     [(None, None, None, None, None, "DNK", "SWE", "040", True, False, "met")]),
    (True, "In 1991 the two governments agreed to build a fixed link across the Øresund.",
     [("1991", "1991", "1991", Y, "explicit", "DNK", "SWE", "057", True, False, "agreed")]),
    (False, "On 1 July 2000 the Øresund Bridge between Copenhagen and Malmö was opened by the two heads of state.",
     [("2000-07-01", "2000-07-01", "2000-07-01", "day", "explicit", "DNK", "SWE", "061", True, False, "opened")]),
    (False, "In January 2016 Sweden imposed identity checks on travellers from Denmark, which Copenhagen criticized.",
     [("2016-01", "2016-01-01", "2016-01-31", "month", "explicit", "SWE", "DNK", "172", False, False, "imposed"),
      ("2016-01", "2016-01-01", "2016-01-31", "month", "explicit", "DNK", "SWE", "111", False, False, "criticized")]),
]


def bound(s, end):
    """`1563` -> 1563-01-01 / 1563-12-31; longer strings are kept."""
    if s is None or len(s) > 4:
        return s
    return f"{s}-12-31" if end else f"{s}-01-01"


def main():
    text = "Relations between Sweden and Denmark\n"
    records = []
    for n, (para, sentence, events) in enumerate(HISTORY):
        text += "\n" if para else " "
        start = len(text.encode("utf-8"))
        text += sentence
        end = len(text.encode("utf-8"))
        for k, (edtf, a, b, prec, basis, src, tgt, cameo, sym, neg, trig) in enumerate(events):
            year = int(a[:4]) if a else None
            t0 = sentence.find(trig)
            t_start = start + len(sentence[:t0].encode("utf-8"))
            trigger = {"text": trig, "span": [t_start, t_start + len(trig.encode("utf-8"))]}

            def actor(c):
                return {"code": c, "country": c, "agent": None, "name": NAMES[c], "polity": polity(c, year),
                        "text": NAMES[c], "span": [start, start]}

            date = None if edtf is None else {
                "edtf": edtf, "start": bound(a, False), "end": bound(b, True), "precision": prec,
                "approximate": False, "basis": basis}
            records.append({
                "id": f"{DOC}#{n}.{k}", "doc": DOC, "sentence": n, "text": sentence, "span": [start, end],
                "date": date, "source": actor(src), "target": actor(tgt), "event": CAMEO[cameo],
                "symmetric": sym, "negated": neg, "trigger": trigger, "rule": "fixture",
            })
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f"{DOC}.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    with open(os.path.join(OUT, f"{DOC}.events.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} events from {len(HISTORY)} sentences")


if __name__ == "__main__":
    main()
