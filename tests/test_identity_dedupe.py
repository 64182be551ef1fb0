"""The identity engine: duplicates within one file, who is joined and who is kept apart,
and the worker processes."""

import csv
import itertools
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from kembali.identity.matching import batch
from kembali.identity.matching.batch import read_rows
from kembali.identity.matching.compare import compare
from kembali.identity.matching.index import RegistryIndex, build_index
from tests.identity_files import (
    among_other_people,
    clustered_among_other_people,
    other_people,
    write_csv,
)


def test_dedupe_joins_spellings_of_one_person_and_keeps_namesakes_apart(tmp_path: Path) -> None:
    cases = among_other_people(
        tmp_path,
        [
            "C1,মোহাম্মদ রহিম উদ্দিন,M,1990-03-14,Chattogram,BGD,Karim Uddin,",
            "C2,Mohammad Rahim Uddin,M,1990-03-14,Chittagong,BGD,Karim Uddin,",
            "C3,Md Rahim Uddin,M,1990,Chittagong,BGD,Karim Uddin,",
            "C4,Mohammad Rahim Uddin,M,1971-06-02,Sylhet,BGD,Jamal Hossain,",
            "C5,Aung Kyaw Moe,M,1988-11-02,Yangon,MMR,U Htun,",
            "C6,အောင်ကျော်မိုး,M,1988-11-02,ရန်ကုန်,MMR,ဦးထွန်း,",
        ],
    )
    out = tmp_path / "clusters.csv"
    call_command(
        "identity", "dedupe", "--input", str(cases), "--out", str(out), "--processes", "1",
        "--quiet-progress",
    )  # fmt: skip
    with out.open(encoding="utf-8") as handle:
        cluster = {r["id"]: r["cluster_id"] for r in csv.DictReader(handle)}
    assert cluster["C1"] == cluster["C2"] == cluster["C3"]
    assert cluster["C4"] != cluster["C1"]
    assert cluster["C5"] == cluster["C6"] != cluster["C1"]
    assert len({cluster[f"X{n}"] for n in range(300)} & {cluster["C1"], cluster["C5"]}) == 0


@pytest.mark.parametrize("processes", [1, 2])
def test_dedupe_explains_each_clustered_record_by_the_one_it_agrees_with_most(
    tmp_path: Path, processes: int
) -> None:
    cases = among_other_people(
        tmp_path,
        [
            "C1,মোহাম্মদ রহিম উদ্দিন,M,1990-03-14,Chattogram,BGD,Karim Uddin,",
            "C2,Mohammad Rahim Uddin,M,1990-03-14,Chittagong,BGD,Karim Uddin,",
            "C3,Md Rahim Uddin,M,1990,Chittagong,BGD,Karim Uddin,",
        ],
    )
    out = tmp_path / "clusters.csv"
    call_command(
        "identity", "dedupe", "--input", str(cases), "--out", str(out), "--explain",
        "--processes", str(processes), "--quiet-progress",
    )  # fmt: skip
    with out.open(encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert list(rows["C1"]) == ["id", "cluster_id", "linked_to", "score", "explanation"]
    # C3 gives only a year: what it agrees with in the others is said, field by field.
    c3 = rows["C3"]
    assert c3["cluster_id"] == "C1" and c3["linked_to"] in ("C1", "C2")
    assert float(c3["score"]) > 0.9
    assert c3["explanation"].startswith("Name: “Rahim” and “")
    assert "Birth date: 1990 and 1990-03-14 share the year" in c3["explanation"]
    assert {rows["C1"]["linked_to"], rows["C2"]["linked_to"]} <= {"C1", "C2", "C3"}
    # A record clustered with no other has nothing to explain.
    alone = rows["X0"] if rows["X0"]["cluster_id"] == "X0" else rows["X1"]
    assert (alone["linked_to"], alone["score"], alone["explanation"]) == ("", "", "")


def test_dedupe_joins_malaysian_names_with_and_without_bin(tmp_path: Path) -> None:
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "A1,Ahmad bin Ismail,M,1990-03-14,Kuala Lumpur,MYS,,",
            "A2,Ahmad bin Ismail,M,1990-03-14,Kuala Lumpur,MYS,,",
            "A3,Ahmad Ismail,M,1990-03-14,Kuala Lumpur,MYS,,",
            "A4,Ahmad bin Yusof,M,1990-03-14,Kuala Lumpur,MYS,,",
            "B1,Kumari a/p Muthu,F,1985,Ipoh,MYS,,",
            "B2,Kumari Muthu,F,1985-06-02,Ipoh,MYS,,",
        ],
    )
    assert cluster["A1"] == cluster["A2"] == cluster["A3"] != cluster["A4"]
    assert cluster["B1"] == cluster["B2"]


def test_dedupe_joins_a_person_known_by_one_name(tmp_path: Path) -> None:
    """Ma Swe has one name besides her honorific; born the same day in the same town, her
    two records are one person, and a Ma Swe born in another year is not."""
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "M1,မဆွေ,F,1989-05-25,Mawlamyine,MMR,,",
            "M2,Ma Swe,F,1989-05-25,Mawlamyine,MMR,,",
            "M3,Ma Swe,F,1971-02-10,Mawlamyine,MMR,,",
        ],
    )
    assert cluster["M1"] == cluster["M2"] != cluster["M3"]


def test_dedupe_of_a_file_of_a_few_records_finds_its_duplicates(tmp_path: Path) -> None:
    """Alone in a file of five, the names two records share are held by half the file; they
    still weigh as names do, and the copies are found, the namesake kept apart."""
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "C1,মোহাম্মদ রহিম উদ্দিন,M,1990-03-14,Chattogram,BGD,Karim Uddin,",
            "C2,Mohammad Rahim Uddin,M,1990-03-14,Chittagong,BGD,Karim Uddin,",
            "C3,Aung Kyaw Moe,M,1988-11-02,Yangon,MMR,U Htun,",
            "C4,အောင်ကျော်မိုး,M,1988-11-02,ရန်ကုန်,MMR,ဦးထွန်း,",
            "C5,Mohammad Rahim Uddin,M,1971-06-02,Sylhet,BGD,Jamal Hossain,",
        ],
        others=0,
    )
    assert cluster["C1"] == cluster["C2"] != cluster["C5"]
    assert cluster["C3"] == cluster["C4"] != cluster["C1"]


def test_dedupe_joins_common_names_spelled_alike_when_the_rest_agrees(tmp_path: Path) -> None:
    """Htay Sein and Hteee Sane are common names spelled alike, and say little by themselves;
    born the same day, sons of one father, the two records are one man. His twin brother,
    another name of that day and father, is not him."""
    names = itertools.product(
        ("Htay", "Sein", "Aung", "Kyaw", "Win", "Tun"),
        ("Sein", "Htay", "Lwin", "Naing", "Oo", "Zaw", "Min"),
    )
    common = [
        f"N{n},{given} {family},M,{1960 + n % 30}-0{1 + n % 9}-1{n % 10},,MMR,,"
        for n, (given, family) in enumerate(names)
    ]
    cluster = clustered_among_other_people(
        tmp_path,
        [
            *common,
            "H1,Htay Sein,M,1990-06-11,Mandalay,MMR,Naing Phyo,",
            "H2,Hteee Sane,M,1990-06-11,,MMR,Nai Phyoe,",
            "H3,Htay Lwin,M,1990-06-11,Mandalay,MMR,Naing Phyo,",
        ],
    )
    assert cluster["H1"] == cluster["H2"] != cluster["H3"]


def test_dedupe_joins_a_copy_that_holds_nothing_but_a_rare_name(tmp_path: Path) -> None:
    """A registration with no birth date, place or father has only its name to say who it
    is: a rare one says it alone. Where both dates are known and do not agree, the name
    alone is not enough; and a common name alone never is."""
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "Z1,Zabihullah Popalzai,M,1979-05-17,Kabul,AFG,Gul Agha,",
            "Z2,ذبیح الله پوپلزی,M,,,AFG,,",
            "Y1,Nasratullah Stanekzai,M,1984-02-11,Herat,AFG,,",
            "Y2,Nasratullah Stanikzai,M,1986-09-30,,AFG,,",
            *(f"C{n},Mohammad Rahim Uddin,M,{1960 + 3 * n}-0{n}-1{n},,BGD,," for n in range(1, 10)),
            "C0,Md Rahim Uddin,M,,,BGD,,",
        ],
    )
    assert cluster["Z1"] == cluster["Z2"]
    assert cluster["Y1"] != cluster["Y2"]
    assert {cluster["C0"]} != {cluster[f"C{n}"] for n in range(1, 10)}
    assert all(cluster[f"C{n}"] != cluster["C0"] for n in range(1, 10))


def test_dedupe_never_joins_a_brother_and_a_sister(tmp_path: Path) -> None:
    """Chandran and Shanthi, children of Prakash Kandasamy, born in one year: their names
    differ but for the ending, and their recorded sex differs."""
    rows = [
        "S1,சந்திரன் பிரகாஷ் | Chandran Prakash,M,1976-01-01,Jaffna,LKA,பிரகாஷ் கந்தசாமி,",
        "S2,சாந்தி பிரகாஷ் | Shanthi Prakash,F,1976-07-04,Jaffna,LKA,பிரகாஷ் கந்தசாமி,",
    ]
    cluster = clustered_among_other_people(tmp_path, rows)
    assert cluster["S1"] != cluster["S2"]
    # A copy of each is joined to its own.
    copies = ["S3,Santhiran Prakash,M,1976,Jaffna,LKA,Prakash Kandasamy,"]
    copies.append("S4,Shanthi Pirakash,F,1976-07-04,,LKA,Prakash Kandasamy,")
    cluster = clustered_among_other_people(tmp_path, rows + copies)
    assert cluster["S1"] == cluster["S3"] != cluster["S2"] == cluster["S4"]


def test_dedupe_never_chains_two_people_through_a_record_that_fits_both(tmp_path: Path) -> None:
    """A record "Md Rahim Uddin, 1990" fits two men of that name born in 1990; they are two
    people, with other fathers, towns and birthdays, and a cluster holds at most one of them."""
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "C1,Mohammad Rahim Uddin,M,1990-03-14,Chittagong,BGD,Karim Uddin,",
            "C2,Mohammad Rahim Uddin,M,1990-11-02,Sylhet,BGD,Jamal Hossain,",
            "C3,Md Rahim Uddin,M,1990,,BGD,,",
            "C4,মোহাম্মদ রহিম উদ্দিন,M,1990-03-14,চট্টগ্রাম,BGD,করিম উদ্দিন,",
        ],
    )
    assert cluster["C1"] == cluster["C4"] != cluster["C2"]


def test_dedupe_joins_a_copy_that_lacks_what_linked_the_others(tmp_path: Path) -> None:
    """Salma Khatun's record, a copy of it with her year guessed two off, and a copy in Latin
    letters without her father's name or town: each copy is linked to the record, but the
    two copies share nothing but a common name (0.1 alone). All three are her; the namesakes
    of other years and towns are not."""
    towns = ("Dhaka", "Khulna", "Rajshahi", "Barishal", "Rangpur", "Cumilla", "Bogura")
    namesakes = [
        f"N{n},Salma Khatun,F,{year},{towns[n % len(towns)]},BGD,,"
        for n, year in enumerate(range(1940, 1990))
        if not 1967 <= year <= 1972
    ]
    cluster = clustered_among_other_people(
        tmp_path,
        [
            *namesakes,
            "S1,সালমা খাতুন,F,1969-02-28,সিলেট,BGD,মামুন আমিনুল ইসলাম,",
            "S2,সালমা খাতুন,F,1971,সিলেট,BGD,মামুন আমিনুল ইসলাম,",
            "S3,Salma Khatoon,F,1969-02-28,,BGD,,",
        ],
    )
    assert cluster["S1"] == cluster["S2"] == cluster["S3"]
    assert not {cluster[row.split(",")[0]] for row in namesakes} & {cluster["S1"]}


def test_dedupe_never_joins_two_records_whose_fathers_disagree(tmp_path: Path) -> None:
    """One name, one year, one town, and fathers of other names: two men, however rare the
    name. A father's name left out of one record is no disagreement."""
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "F1,Mohammad Rahim Uddin,M,1990,Chittagong,BGD,Karim Uddin,",
            "F2,Md. Rahim Uddin,M,1990,Chittagong,BGD,Jamal Hossain,",
            "F3,Mohammad Rahim Uddin,M,1990-05-02,Chattogram,BGD,,",
        ],
    )
    assert cluster["F1"] != cluster["F2"]
    assert cluster["F3"] in (cluster["F1"], cluster["F2"])


def test_dedupe_finds_a_name_shortened_to_an_initial_among_namesakes(tmp_path: Path) -> None:
    """A record "S. Suresh Kumar" shares only common names with "Suresh Kumar Subramaniam", as
    a dozen other Suresh Kumars do: the initial with the names is the key that finds him."""
    families = ["Rajan", "Nadarajah", "Mahendran", "Thevarajah", "Ravi", "Murugan", "Pillai"]
    families += ["Yogarajah", "Balasingham", "Ganesan", "Arumugam", "Param", "Jeyaraj", "Vel"]
    families += ["Ratnam", "Thurai", "Mohan", "Nathan", "Lingam", "Dharma", "Uthayan"]
    namesakes = [
        f"N{n},Suresh Kumar {family},M,1985-{n % 12 + 1:02d}-{n + 3:02d},Jaffna,LKA,,"
        for n, family in enumerate(families)
    ]
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "T2,S. Suresh Kumar,M,1985,Jaffna,LKA,,",
            *namesakes,
            "T1,Suresh Kumar Subramaniam,M,1985-04-02,Jaffna,LKA,Subramaniam,",
        ],
    )
    assert cluster["T1"] == cluster["T2"]
    assert all(cluster[f"N{n}"] != cluster["T1"] for n in range(len(families)))


def test_dedupe_finds_a_burmese_name_among_names_of_the_same_consonants(tmp_path: Path) -> None:
    """Cho Nwe, 1985, and her copy Nway Cho, born 2 September 1985, among Burmese women of
    that year whose names' skeletons are hers (Soe Win, Hsu Naing, Shwe Nyein: s and n): the
    onsets of her two syllables, ch and nw, are the key that finds her."""
    syllables = [("Soe", "Win"), ("Hsu", "Naing"), ("Shwe", "Nyein"), ("Su", "Nay")]
    syllables += [("Soe", "Nwe"), ("Hsu", "Win"), ("Su", "Naing"), ("Shwe", "Nay")]
    syllables += [("Soe", "Naing"), ("Hsu", "Nyein"), ("Su", "Win"), ("Shwe", "Win")]
    others = [
        f"N{n},{first} {second},F,1985-{n % 12 + 1:02d}-{n + 3:02d},Yangon,MMR,,"
        for n, (first, second) in enumerate(syllables)
    ]
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "C1,ချိုနွယ် | Cho Nwe,F,1985,မောင်တော,MMR,,",
            *others,
            "C2,Nway Cho,F,1985-09-02,Maungdaw,MMR,,",
        ],
    )
    assert cluster["C1"] == cluster["C2"]
    assert all(cluster[f"N{n}"] != cluster["C1"] for n in range(len(syllables)))


def test_dedupe_finds_a_year_given_wrong_with_the_day_remembered_among_namesakes(
    tmp_path: Path,
) -> None:
    """Salima Ahmadi born 4 April 1968, registered again as born 4 April 1967, among a dozen
    women of her name born within two years of her: the same day a year off finds her."""
    namesakes = [
        f"N{n},Salima Ahmadi,F,{1966 + n % 4}-{n % 12 + 1:02d}-{n + 10:02d},Ghazni,AFG,,"
        for n in range(14)
    ]
    cluster = clustered_among_other_people(
        tmp_path,
        [
            "S1,سلیمه احمدی | Salima Ahmadi,F,1968-04-04,Ghazni,AFG,,",
            *namesakes,
            "S2,سلیمه احمدی,F,1967-04-04,غزنی,AFG,,",
        ],
    )
    assert cluster["S1"] == cluster["S2"]
    assert all(cluster[f"N{n}"] != cluster["S1"] for n in range(14))


def test_an_open_registry_hands_what_it_set_aside_back_to_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a registry kept open sets aside from the collector (in the app, with the request
    being served) is handed back and collected: after so many settlings, and at the settling
    after its kept records are dropped."""
    import gc
    import weakref

    from kembali.identity.matching import index as index_module

    class Cyclic:
        def __init__(self) -> None:
            self.me = self

    registry = write_csv(tmp_path / "registry.csv", other_people(60))
    build_index(read_rows(registry), tmp_path / "ix")
    opened = RegistryIndex(tmp_path / "ix")
    monkeypatch.setattr(index_module, "SETTLE_AFTER", 10)
    monkeypatch.setattr(index_module, "UNFREEZE_AFTER", 3)
    monkeypatch.setattr(index_module, "PREPARED_KEPT", 45)

    def garbage_set_aside() -> weakref.ref[Cyclic]:
        alive = Cyclic()  # alive at a settling, garbage after it
        opened.fetch(np.arange(10))
        assert gc.get_freeze_count() > 0
        return weakref.ref(alive)

    gc.unfreeze()
    try:
        cycle = garbage_set_aside()  # settling 1
        gc.collect()
        assert cycle() is not None  # set aside: a full collection does not see it
        opened.fetch(np.arange(10, 20))  # 2
        opened.fetch(np.arange(20, 30))  # 3
        assert cycle() is not None
        opened.fetch(np.arange(30, 40))  # 4: handed back and collected
        assert cycle() is None
        cycle = garbage_set_aside()  # the ten kept records were prepared before: 1
        opened.fetch(np.arange(40, 50))  # the 46th record drops the kept ones: hand back
        assert cycle() is None
    finally:
        gc.unfreeze()


def test_worker_processes_find_what_one_process_finds(tmp_path: Path) -> None:
    """Pool workers open the index themselves and set the collector for long-lived caches;
    what they find is what one process finds."""
    from kembali.identity.matching.batch import dedupe_file, parse_queries, search_many

    lines = [
        *other_people(300),
        "C1,Mohammad Rahim Uddin,M,1990-03-14,Chittagong,BGD,Karim Uddin,",
        "C2,Md Rahim Uddin,M,1990,Chittagong,BGD,Karim Uddin,",
        "C3,Aung Kyaw Moe,M,1988-11-02,Yangon,MMR,U Htun,",
        "C4,အောင်ကျော်မိုး,M,1988-11-02,ရန်ကုန်,MMR,ဦးထွန်း,",
    ]
    cases = write_csv(tmp_path / "cases.csv", lines)
    alone, _ = dedupe_file(cases, processes=1)
    together, _ = dedupe_file(cases, processes=2)
    assert together == alone and alone["C2"] == alone["C1"] and alone["C4"] == alone["C3"]
    call_command(
        "identity", "index", "--registry", str(cases), "--index", str(tmp_path / "ix"),
        "--quiet-progress",
    )  # fmt: skip
    queries, _ = parse_queries(cases)
    one = list(search_many(tmp_path / "ix", queries, top=3, processes=1))
    two = list(search_many(tmp_path / "ix", queries, top=3, processes=2))
    # The Burmese record finds itself and its Latin spelling, letter for letter the same name.
    assert one == two and {row.record_id for row in one[-1][:2]} == {"C3", "C4"}


def test_a_pair_is_scored_as_a_whole_comparison_scores_it_whatever_is_checked_first(
    tmp_path: Path,
) -> None:
    """Dedupe rules a pair out as soon as something does, the parents' names before the
    names unless a name holds a father's (bin …), which the names may take as a part of
    their own: its score, and what rules it out, are the whole comparison's."""
    rows = [
        "A1,Ahmad bin Ismail,M,1990-03-14,Kuala Lumpur,MYS,Ismail,",
        "A2,Ahmad Ismail,M,1990-03-14,Kuala Lumpur,MYS,Ismail,",
        "A3,Ahmad Ismail,M,1990-03-14,Kuala Lumpur,MYS,Yusof,",
        "A4,Ahmad bin Yusof,M,1990,Kuala Lumpur,MYS,,",
        "F1,Mohammad Rahim Uddin,M,1990,Chittagong,BGD,Karim Uddin,Amina Begum",
        "F2,Md. Rahim Uddin,M,1990,Chittagong,BGD,Jamal Hossain,Amina Begum",
        "F3,Mohammad Rahim Uddin,F,1990-05-02,Chattogram,BGD,Karim Uddin,",
        "F4,মোহাম্মদ রহিম উদ্দিন,M,1990-05-02,Chattogram,BGD,করিম উদ্দিন,আমিনা বেগম",
        "F5,Rahim Uddin,M,1990-05-02,,BGD,Rahim,",
    ]
    directory = tmp_path / "index"
    build_index(read_rows(write_csv(tmp_path / "cases.csv", rows)), directory, 1)
    batch._open_worker(str(directory))
    index = batch._WORKER_INDEX
    assert index is not None
    records = index.fetch(np.arange(index.size))
    ruled_out = set()
    for first, second in itertools.combinations(records, 2):
        score, corroborated, why = batch._pair_score(first, second, {})
        whole = compare(first, second, index.rarity, index.prior_bits)
        if why:
            ruled_out.add((first.record.id, second.record.id, why))
            assert score == 0.0
        else:
            assert (score, corroborated) == (whole.pair_score, whole.corroborated)
        checked = {"parent": whole.parent_differs, "sex": whole.differs("sex")}
        assert checked.get(why, True) and (why or not any(checked.values()))
    assert ("F1", "F2", "parent") in ruled_out and ("F1", "F3", "sex") in ruled_out


def test_pairs_are_compared_in_an_order_that_keeps_a_records_pairs_together(
    tmp_path: Path,
) -> None:
    """`_in_local_order` reorders the pairs, each kept as it was (the lower row its query),
    into groups that pieces never split."""
    rng = np.random.default_rng(3)
    size = 500
    rows = rng.integers(0, size, size=(3_000, 2), dtype=np.uint64)
    rows = rows[rows[:, 0] != rows[:, 1]]
    low, high = rows.min(axis=1), rows.max(axis=1)
    pairs = np.unique(low << batch.PAIR_SHIFT | high)
    ordered, groups = batch._in_local_order(pairs, size)
    assert sorted(ordered.tolist()) == pairs.tolist()
    assert (np.diff(groups) >= 0).all()
    pieces = batch._pair_spans(ordered, groups)
    assert np.concatenate(pieces).tolist() == ordered.tolist()
    ends = np.cumsum([len(piece) for piece in pieces])[:-1]
    assert all(groups[end - 1] != groups[end] for end in ends)
    # Each group is the pairs of one record: its rows all hold it.
    for group in np.unique(groups)[:50]:
        members = ordered[groups == group]
        firsts, seconds = members >> batch.PAIR_SHIFT, members & batch.PAIR_MASK
        common = set(firsts.tolist()) | set(seconds.tolist())
        for first, second in zip(firsts.tolist(), seconds.tolist(), strict=True):
            common &= {first, second}
        assert common


def test_chains_do_not_depend_on_the_order_pairs_were_compared_in() -> None:
    """Links of equal strength are joined, and the odds of a record's links summed, in the
    order of their rows, whatever order the pieces were compared in (`_in_local_order`)."""
    rng = np.random.default_rng(7)
    links = sorted(
        {(int(a), int(b), float(rng.choice([0.5, 0.9, 0.99])))
         for a, b in rng.integers(0, 60, size=(90, 2)) if a < b}
    )  # fmt: skip
    # A pair once, that record without a birth date first, as `_links_among` gives them.
    alone = list(
        {(min(a, b), max(a, b)): (int(a), int(b), 0.95)
         for a, b in rng.integers(60, 80, size=(30, 2)) if a != b}.values()
    )  # fmt: skip
    once = batch._chains([links[:40], links[40:]], 80, list(alone))
    shuffled = [links[i] for i in rng.permutation(len(links))]
    again = batch._chains(
        [shuffled[:7], shuffled[7:50], shuffled[50:]],
        80,
        [alone[i] for i in rng.permutation(len(alone))],
    )
    assert again == once and once[1]  # chains longer than two, with their links in one order


def test_a_file_larger_than_a_worker_keeps_prepared_is_clustered_as_in_row_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of more records than a worker keeps prepared has its pairs compared in
    `_in_local_order`'s order, in pieces of that order: the clusters are those of row order."""
    from kembali.identity.matching import index as index_module
    from kembali.identity.matching.batch import dedupe_file

    people = other_people(240)
    # A copy of every third person, known by the year of birth alone: links, and chains.
    copies = []
    for line in people[::3]:
        record_id, name, sex, born, *_ = line.split(",")
        copies.append(f"{record_id}b,{name},{sex},{born[:4]},,BGD,,")
    cases = write_csv(tmp_path / "cases.csv", [*people, *copies])
    in_rows, _ = dedupe_file(cases, processes=1)
    monkeypatch.setattr(index_module, "PREPARED_KEPT", 45)
    in_local, _ = dedupe_file(cases, processes=1)
    assert in_local == in_rows
    assert sum(in_rows[f"X{n}b"] == in_rows[f"X{n}"] for n in range(0, 240, 3)) > 40
