"""Scores of a search result file or a dedupe cluster file against the generator's truth."""

import csv
from collections import defaultdict
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
    return pairwise_by_group(truth_path, clusters)["all"].scores


@dataclass
class PairScores:
    true_pairs: int = 0
    found_pairs: int = 0
    hits: int = 0

    @property
    def scores(self) -> tuple[float, float, float]:
        precision = self.hits / self.found_pairs if self.found_pairs else 1.0
        recall = self.hits / self.true_pairs if self.true_pairs else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def pairwise_by_group(truth_path: Path, clusters: dict[str, str]) -> dict[str, PairScores]:
    """Pairwise scores over all pairs and, where the truth file says, by the pair's script,
    its writing (a Latin record against a native one …) and each error either record carries.
    A wrong pair counts in the groups of both its records."""
    with truth_path.open(encoding="utf-8") as handle:
        truth = {row["id"]: row for row in csv.DictReader(handle)}

    def groups_of(a: str, b: str) -> set[str]:
        one, two = truth[a], truth[b]
        found = {"all"}
        if "script" not in one:
            return found
        found |= {f"script: {one['script']}", f"script: {two['script']}"}
        found.add("writing: " + " – ".join(sorted((one["writing"], two["writing"]))))
        errors = {e for row in (one, two) for e in row["errors"].split("+") if e}
        found |= {f"error: {e}" for e in errors} or {"error: none"}
        return found

    def pairs(mapping: dict[str, str]) -> set[tuple[str, str]]:
        members_of: dict[str, list[str]] = defaultdict(list)
        for record_id, group in mapping.items():
            members_of[group].append(record_id)
        found: set[tuple[str, str]] = set()
        for members in members_of.values():
            members = sorted(members)
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    found.add((a, b))
        return found

    true_pairs = pairs({k: row["person"] for k, row in truth.items()})
    found_pairs = pairs({k: v for k, v in clusters.items() if k in truth})
    report: dict[str, PairScores] = defaultdict(PairScores)
    for pair in true_pairs:
        for group in groups_of(*pair):
            report[group].true_pairs += 1
            report[group].hits += pair in found_pairs
    for pair in found_pairs:
        for group in groups_of(*pair):
            report[group].found_pairs += 1
    report.setdefault("all", PairScores())
    return report
