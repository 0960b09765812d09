"""Checks for the heldout4 generator: deterministic output, planted values present, schema. No footprint import."""
import hashlib, json, os, subprocess, sys, tempfile, shutil, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

IDS = ["zh6_guangzhou", "enuk6_sheffield", "enus6_minneapolis"]
KEYS = ["schema_version", "persona", "fictional", "independent", "description", "timezone", "user", "pii", "facts"]


def tree_hash(root):
    h = hashlib.sha256()
    for d, _, fs in sorted(os.walk(root)):
        for f in sorted(fs):
            p = os.path.join(d, f)
            h.update(os.path.relpath(p, root).encode())
            h.update(open(p, "rb").read())
    return h.hexdigest()


class T(unittest.TestCase):
    def test_deterministic(self):
        tmp = tempfile.mkdtemp()
        try:
            hs = []
            for env in ({"TZ": "Pacific/Kiritimati", "PYTHONHASHSEED": "1", "LC_ALL": "C"}, {"TZ": "America/Los_Angeles", "PYTHONHASHSEED": "99"}):
                out = os.path.join(tmp, env["TZ"].replace("/", "_"))
                code = f"import sys; sys.path.insert(0, {HERE!r}); import generate; generate.OUT={out!r}; generate.main()"
                subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, **env}, capture_output=True)
                hs.append(tree_hash(out))
            self.assertEqual(hs[0], hs[1])
            self.assertEqual(hs[0], tree_hash(os.path.join(HERE, "personas")), "committed personas/ is stale")
        finally:
            shutil.rmtree(tmp)

    def test_ground_truth(self):
        for pid in IDS:
            base = os.path.join(HERE, "personas", pid)
            gt = json.load(open(os.path.join(base, "ground_truth.json"), encoding="utf-8"))
            self.assertEqual(list(gt), KEYS)
            self.assertEqual(gt["schema_version"], 1)
            self.assertEqual(gt["persona"], pid)
            for p in gt["pii"]:
                self.assertIn(p["value"], generate.decoded_text(base, p["file"]), p)
            f = gt["facts"]
            self.assertEqual(len(f["top_contacts"]), 3)
            self.assertGreaterEqual(len(f["relationships"]), 3)
            self.assertIn(f["salary"]["period"], ("monthly", "biweekly", "weekly"))
            blob = "".join(generate.decoded_text(base, os.path.relpath(os.path.join(d, x), base))
                           for d, _, fs in os.walk(base) for x in fs if x != "ground_truth.json" and not x.endswith("Records.json") and "Semantic" not in d)
            self.assertIn(f["salary"]["payer"], blob)
            self.assertIn(f["risky_contact"]["name"], blob)
            for tc in f["top_contacts"] + f["relationships"]:
                self.assertIn(tc["name"], blob)


if __name__ == "__main__":
    unittest.main()
