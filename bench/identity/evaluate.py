"""Scores of a search result file or a dedupe cluster file against the generator's truth."""

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SearchScores:
    queries: int = 0
    present: int = 0
    at1: int = 0
    at10: int = 0
    matches: int = 0
    correct_matches: int = 0

    @property
    def recall_at_1(self) -> float:
        return self.at1 / self.present if self.present else float("nan")

    @property
    def recall_at_10(self) -> float:
        return self.at10 / self.present if self.present else float("nan")

    @property
    def match_precision(self) -> float:
        return self.correct_matches / self.matches if self.matches else 1.0

    @property
    def match_recall(self) -> float:
        return self.correct_matches / self.present if self.present else float("nan")

    def row(self) -> dict[str, str]:
        return {
            "queries": str(self.queries),
            "recall@1": f"{self.recall_at_1:.3f}",
            "recall@10": f"{self.recall_at_10:.3f}",
            "match precision": f"{self.match_precision:.4f}",
            "match recall": f"{self.match_recall:.3f}",
        }


@dataclass
class SearchReport:
    overall: SearchScores = field(default_factory=SearchScores)
    by: dict[str, SearchScores] = field(default_factory=lambda: defaultdict(SearchScores))


def read_results(path: Path) -> dict[str, list[tuple[str, str]]]:
    """query id → [(record id, decision)] in rank order."""
    results: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            results[row["query_id"]].append((row["record_id"], row["decision"]))
    return results


def score_search(truth_path: Path, results: dict[str, list[tuple[str, str]]]) -> SearchReport:
    report = SearchReport()
    with truth_path.open(encoding="utf-8") as handle:
        truth = list(csv.DictReader(handle))
    for row in truth:
        found = results.get(row["query_id"], [])
        true_id = row["true_id"]
        groups = ["all", f"script: {row['script']}"]
        direction = (
            "Latin query → native registry"
            if row["query_latin"] == "yes" and row["registry_latin"] == "no"
            else "native query → Latin registry"
            if row["query_latin"] == "no" and row["registry_latin"] == "yes"
            else "same script"
        )
        groups.append(f"direction: {direction}")
        if direction != "same script":
            groups.append(f"cross-script: {row['script']}, {direction}")
        groups += [f"error: {e}" for e in row["errors"].split("+")]
        ids = [record_id for record_id, _ in found]
        matches = [record_id for record_id, decision in found if decision == "match"]
        for group in groups:
            scores = report.overall if group == "all" else report.by[group]
            scores.queries += 1
            if true_id:
                scores.present += 1
                scores.at1 += bool(ids[:1] == [true_id])
                scores.at10 += true_id in ids[:10]
            scores.matches += len(matches)
            scores.correct_matches += sum(1 for m in matches if m == true_id)
    return report


def pairwise_f1(truth_path: Path, clusters: dict[str, str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over all pairs of records placed in one cluster."""
    with truth_path.open(encoding="utf-8") as handle:
        person_of = {row["id"]: row["person"] for row in csv.DictReader(handle)}

    def pairs(groups: Iterable[list[str]]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        for members in groups:
            members = sorted(members)
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    found.add((a, b))
        return found

    def grouped(mapping: dict[str, str]) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for record_id, group in mapping.items():
            out[group].append(record_id)
        return list(out.values())

    true_pairs = pairs(grouped(person_of))
    found_pairs = pairs(grouped({k: v for k, v in clusters.items() if k in person_of}))
    hits = len(true_pairs & found_pairs)
    precision = hits / len(found_pairs) if found_pairs else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
