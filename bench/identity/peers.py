"""The peers Kembali is compared with, run on the same interchange files.

Each peer writes the same result file as `kembali identity search`
(query_id,record_id,rank,score,decision) or the same cluster file as `kembali identity dedupe`
(id,cluster_id), so one evaluation scores them all.

Configurations are meant to be what a competent user of each tool would write, not strawmen:

* rapidfuzz: names transliterated with anyascii (none of the peers transliterates by itself),
  token-sort ratio over every registry name (rapidfuzz's `cdist`, all cores), the ten best,
  then a score mixing the name with birth-date agreement.
* Splink 5 on DuckDB: first name, surname and father's name with Splink's NameComparison
  (Jaro-Winkler levels), birth date with DateOfBirthComparison, birth place and sex exact;
  u by random sampling, m by expectation maximisation on two blocking rules, predictions
  blocked on first name, surname and birth date; names given in anyascii transliteration.
* nomenklatura logic-v2 (OpenSanctions' matcher, with its own cross-script name handling):
  the raw names, birth date, place, father's name and gender as FollowTheMoney Person
  entities; candidates from the rapidfuzz step (it has no blocking of its own).
"""

import csv
import logging
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from anyascii import anyascii
from rapidfuzz import fuzz, process

Row = dict[str, str]
Result = tuple[str, str, int, float, str]


def read(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write_results(path: Path, results: list[Result]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["query_id", "record_id", "rank", "score", "decision"])
        for query_id, record_id, rank, score, decision in results:
            writer.writerow([query_id, record_id, rank, f"{score:.6f}", decision])


def latin(text: str) -> str:
    return " ".join(anyascii(text).lower().replace(".", " ").split())


def names_of(row: Row) -> list[str]:
    return [latin(n) for n in row["full_name"].split("|") if n.strip()]


def _date_points(a: str, b: str) -> float:
    if not a or not b:
        return 50.0
    if a == b:
        return 100.0
    if a[:4] == b[:4]:
        return 75.0
    try:
        gap = abs(int(a[:4]) - int(b[:4]))
    except ValueError:
        return 0.0
    return 40.0 if gap == 1 else 0.0


def rapidfuzz_candidates(
    registry: list[Row], queries: list[Row], limit: int
) -> Iterator[tuple[Row, list[tuple[int, float]]]]:
    """For each query, the registry rows whose names are closest (any of their names)."""
    choices: list[str] = []
    owner: list[int] = []
    for index, row in enumerate(registry):
        for name in names_of(row):
            choices.append(name)
            owner.append(index)
    owners = np.array(owner)
    batch = 256
    for start in range(0, len(queries), batch):
        chunk = queries[start : start + batch]
        query_names = [names_of(q)[0] if names_of(q) else "" for q in chunk]
        matrix = process.cdist(
            query_names, choices, scorer=fuzz.token_sort_ratio, workers=-1, dtype=np.uint8
        )
        for row_index, query in enumerate(chunk):
            scores = matrix[row_index]
            top = np.argpartition(-scores.astype(np.int16), limit * 3)[: limit * 3]
            best: dict[int, float] = {}
            for i in top:
                record = int(owners[i])
                best[record] = max(best.get(record, 0.0), float(scores[i]))
            ordered = sorted(best.items(), key=lambda item: -item[1])[:limit]
            yield query, ordered


def run_rapidfuzz(registry: list[Row], queries: list[Row], out: Path) -> None:
    results: list[Result] = []
    for query, candidates in rapidfuzz_candidates(registry, queries, 50):
        scored = []
        for index, name_score in candidates:
            record = registry[index]
            date = _date_points(query["birth_date"], record["birth_date"])
            scored.append((0.7 * name_score + 0.3 * date, record["id"]))
        scored.sort(reverse=True)
        for rank, (score, record_id) in enumerate(scored[:10], start=1):
            decision = (
                "match" if rank == 1 and score >= 95 else "review" if score >= 70 else "no-match"
            )
            results.append((query["id"], record_id, rank, score / 100, decision))
    write_results(out, results)


def _entity(row: Row):  # type: ignore[no-untyped-def]
    from followthemoney import model

    entity = model.make_entity("Person")
    entity.id = row["id"]
    names = [n.strip() for n in row["full_name"].split("|") if n.strip()]
    entity.add("name", names)
    if row.get("birth_date"):
        entity.add("birthDate", row["birth_date"])
    if row.get("birth_place"):
        entity.add("birthPlace", row["birth_place"])
    if row.get("father_name"):
        entity.add("fatherName", row["father_name"])
    if row.get("sex") in ("M", "F"):
        entity.add("gender", "male" if row["sex"] == "M" else "female")
    return entity


def run_nomenklatura(registry: list[Row], queries: list[Row], out: Path) -> None:
    from nomenklatura.matching import LogicV2, ScoringConfig

    logging.getLogger("nomenklatura").setLevel(logging.ERROR)
    config = ScoringConfig.defaults()
    entities: dict[int, object] = {}
    results: list[Result] = []
    for query, candidates in rapidfuzz_candidates(registry, queries, 20):
        left = _entity(query)
        scored = []
        for index, _ in candidates:
            if index not in entities:
                entities[index] = _entity(registry[index])
            result = LogicV2.compare(left, entities[index], config)  # type: ignore[arg-type]
            scored.append((result.score, registry[index]["id"]))
        scored.sort(reverse=True)
        for rank, (score, record_id) in enumerate(scored[:10], start=1):
            # OpenSanctions treats 0.7 as a match worth a look; "match" here asks for more.
            decision = (
                "match" if rank == 1 and score >= 0.9 else "review" if score >= 0.7 else "no-match"
            )
            results.append((query["id"], record_id, rank, score, decision))
    write_results(out, results)


def _splink_frame(rows: list[Row]):  # type: ignore[no-untyped-def]
    import pandas as pd

    records = []
    for row in rows:
        names = names_of(row)
        parts = names[0].split() if names else [""]
        father = latin(row.get("father_name", "")).split()
        birth = row.get("birth_date", "")
        records.append(
            {
                "unique_id": row["id"],
                "first_name": parts[0] or None,
                "surname": parts[-1] if len(parts) > 1 else None,
                "father_first": father[0] if father else None,
                "dob": birth if len(birth) == 10 else None,
                "birth_year": birth[:4] or None,
                "birth_place": latin(row.get("birth_place", "")) or None,
                "sex": row.get("sex") or None,
            }
        )
    return pd.DataFrame.from_records(records).astype("string")


def _splink_settings(link_type: str, frame):  # type: ignore[no-untyped-def]
    """Comparisons on every column the data has (FEBRL has no father's name or sex)."""
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    comparisons = {
        "first_name": cl.NameComparison("first_name"),
        "surname": cl.NameComparison("surname"),
        "father_first": cl.NameComparison("father_first"),
        "dob": cl.DateOfBirthComparison("dob", input_is_string=True),
        "birth_place": cl.ExactMatch("birth_place"),
        "sex": cl.ExactMatch("sex"),
    }
    present = [c for column, c in comparisons.items() if frame[column].notna().any()]
    return SettingsCreator(
        link_type=link_type,
        comparisons=present,
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "birth_year"),
            block_on("surname", "birth_year"),
            block_on("first_name", "surname"),
            block_on("dob"),
        ],
        retain_intermediate_calculation_columns=False,
    )


def _train(linker) -> None:  # type: ignore[no-untyped-def]
    from splink import block_on

    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("first_name", "surname")
    )
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))


def run_splink(registry: list[Row], queries: list[Row], out: Path) -> None:
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    db = DuckDBAPI()
    registry_frame = _splink_frame(registry)
    left = db.register(registry_frame, table_name="registry")
    right = db.register(_splink_frame(queries), table_name="queries")
    linker = Linker([left, right], _splink_settings("link_only", registry_frame))
    _train(linker)
    predictions = linker.inference.predict(threshold_match_probability=0.001).as_pandas_dataframe()
    query_ids = {q["id"] for q in queries}
    by_query: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for left_id, right_id, probability in zip(
        predictions["unique_id_l"],
        predictions["unique_id_r"],
        predictions["match_probability"],
        strict=True,
    ):
        query_id, record_id = (left_id, right_id) if left_id in query_ids else (right_id, left_id)
        by_query[query_id].append((float(probability), record_id))
    results: list[Result] = []
    for query_id, found in by_query.items():
        found.sort(reverse=True)
        for rank, (probability, record_id) in enumerate(found[:10], start=1):
            decision = (
                "match" if rank == 1 and probability >= 0.995
                else "review" if probability >= 0.01 else "no-match"
            )  # fmt: skip
            results.append((query_id, record_id, rank, probability, decision))
    write_results(out, results)


def splink_dedupe(cases: list[Row], out: Path) -> None:
    from splink import DuckDBAPI, Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    db = DuckDBAPI()
    cases_frame = _splink_frame(cases)
    frame = db.register(cases_frame, table_name="cases")
    linker = Linker(frame, _splink_settings("dedupe_only", cases_frame))
    _train(linker)
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=0.98
    ).as_pandas_dataframe()
    write_clusters(out, dict(zip(clusters["unique_id"], clusters["cluster_id"], strict=True)))


def rapidfuzz_dedupe(cases: list[Row], out: Path) -> None:
    parent = {row["id"]: row["id"] for row in cases}

    def find(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for query, candidates in rapidfuzz_candidates(cases, cases, 10):
        for index, name_score in candidates:
            other = cases[index]
            if other["id"] == query["id"]:
                continue
            date = _date_points(query["birth_date"], other["birth_date"])
            if 0.7 * name_score + 0.3 * date >= 95:
                a, b = find(query["id"]), find(other["id"])
                if a != b:
                    parent[max(a, b)] = min(a, b)
    write_clusters(out, {row["id"]: find(row["id"]) for row in cases})


def write_clusters(path: Path, clusters: dict[str, str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "cluster_id"])
        writer.writerows(clusters.items())
