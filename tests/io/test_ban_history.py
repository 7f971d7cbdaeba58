"""A BAN file from before a merger: rows with the old INSEE code go to today's commune, said in words."""

import csv

from coopnet.io.ban import import_ban
from coopnet.io.new_project import create_from_reference, select_communes
from coopnet.resources import sample_dir


def test_old_code_rows_go_to_the_current_commune(tmp_path):
    with (sample_dir() / "adresses-78-sample.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header, body = rows[0], rows[1:4]
    i_insee, i_id = header.index("code_insee"), header.index("id")
    src = tmp_path / "adresses-78-2018.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";", lineterminator="\n")
        out.writerow(header)
        for n, row in enumerate(body):
            row = list(row)
            row[i_insee] = "78251"  # Fourqueux, merged on 1 January 2019
            row[i_id] = f"78251_0001_{n:05d}"
            out.writerow(row)
    communes, _ = select_communes(["78551"])
    with create_from_reference(tmp_path / "sgl.coopnet", communes) as project:
        result = import_ban(project, src)
        assert result.created == 3 and result.skipped_other_communes == 0
        assert result.communes == {"78551": 3}
        assert (
            "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019" in result.summary()
        )
