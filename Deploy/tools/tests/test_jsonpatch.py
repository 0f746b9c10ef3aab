import unittest

from deploycheck import jsonpatch


class JSONPatchTests(unittest.TestCase):
    def setUp(self):
        self.document = {"data": {"a": "1"}, "items": [1, 2], "a/b": {"c~d": 0}}

    def test_add_replace_and_remove_change_a_copy_not_the_original(self):
        result = jsonpatch.apply(self.document, [
            {"op": "add", "path": "/data/b", "value": "2"},
            {"op": "replace", "path": "/data/a", "value": "one"},
            {"op": "remove", "path": "/items/0"},
        ])
        self.assertEqual(result["data"], {"a": "one", "b": "2"})
        self.assertEqual(result["items"], [2])
        self.assertEqual(self.document["data"], {"a": "1"})

    def test_add_with_dash_appends_and_index_inserts(self):
        result = jsonpatch.apply(self.document, [
            {"op": "add", "path": "/items/-", "value": 3},
            {"op": "add", "path": "/items/0", "value": 0},
        ])
        self.assertEqual(result["items"], [0, 1, 2, 3])

    def test_escaped_pointer_tokens_address_keys_with_slash_and_tilde(self):
        result = jsonpatch.apply(self.document, [{"op": "replace", "path": "/a~1b/c~0d", "value": 5}])
        self.assertEqual(result["a/b"]["c~d"], 5)

    def test_replace_of_a_missing_key_fails_like_kustomize(self):
        with self.assertRaises(jsonpatch.PatchError):
            jsonpatch.apply(self.document, [{"op": "replace", "path": "/data/missing", "value": "x"}])

    def test_failed_test_operation_stops_the_patch(self):
        with self.assertRaises(jsonpatch.PatchError):
            jsonpatch.apply(self.document, [{"op": "test", "path": "/data/a", "value": "2"}])

    def test_move_and_copy_take_from_the_source_path(self):
        result = jsonpatch.apply(self.document, [
            {"op": "copy", "from": "/data/a", "path": "/data/c"},
            {"op": "move", "from": "/items", "path": "/list"},
        ])
        self.assertEqual(result["data"]["c"], "1")
        self.assertEqual(result["list"], [1, 2])
        self.assertNotIn("items", result)

    def test_out_of_range_index_and_unknown_op_are_errors(self):
        for operation in ({"op": "remove", "path": "/items/5"}, {"op": "merge", "path": "/data"}):
            with self.subTest(operation=operation), self.assertRaises(jsonpatch.PatchError):
                jsonpatch.apply(self.document, [operation])


if __name__ == "__main__":
    unittest.main()
