import NewswireCore
import Testing
@testable import NewswireExtraction

@Suite struct EnglishInflectorTests {
    let inflector = EnglishInflector()

    @Test(arguments: [
        ("evacuate", ["evacuate", "evacuates", "evacuated", "evacuating"]),
        ("shell", ["shells", "shelled", "shelling"]),
        ("strike", ["strikes", "struck", "striking"]),
        ("flee", ["flees", "fled", "fleeing"]),
        ("swap", ["swaps", "swapped", "swapping"]),
        ("deny", ["denies", "denied", "denying"]),
        ("withdraw", ["withdrew", "withdrawn", "withdrawing"]),
        ("deploy", ["deploys", "deployed"]),
        ("free", ["frees", "freed", "freeing"]),
    ])
    func verbsGetAllTheirForms(lemma: String, expected: [String]) {
        let forms = Set(inflector.verbForms(lemma))
        for f in expected { #expect(forms.contains(f), "\(lemma) lacks \(f)") }
    }

    @Test func nounsArePluralized() {
        #expect(inflector.nounForms("rally") == ["rally", "rallies"])
        #expect(inflector.nounForms("clash") == ["clash", "clashes"])
        #expect(inflector.nounForms("evacuee") == ["evacuee", "evacuees"])
    }
}
