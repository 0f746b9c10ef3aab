import Foundation
import Testing
import NewswireCore

@Suite struct JSONValueTests {
    @Test func decodesEveryKindAndKeepsIntegersExact() throws {
        let text = #"{"a":null,"b":true,"c":-9223372036854775808,"d":0.5,"e":"é/\u0041","f":[1,{"g":[]}]}"#
        let v = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(v == [
            "a": nil, "b": true, "c": .integer(Int64.min), "d": 0.5, "e": "é/A", "f": [1, ["g": []]],
        ])
    }

    @Test func reencodesDeterministically() throws {
        let text = #"{"z":1,"a":[true,null,"x"],"m":{"k":2.25}}"#
        let v = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(String(decoding: try RecordEncoder().encode(v), as: UTF8.self) == #"{"a":[true,null,"x"],"m":{"k":2.25},"z":1}"#)
    }

    @Test func typeNamesAreJSONs() {
        #expect([JSONValue.null, true, 1, 1.5, "s", [], [:]].map(\.typeName) ==
            ["null", "boolean", "number", "number", "string", "array", "object"])
    }
}
