import ArgumentParser
import Foundation
import NewswireCore
import NewswireOperations

/// `newswire replay reset`: prints the plan per partition and, with `--execute`, commits it while the group is
/// inactive.
struct ReplayResetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Move a consumer group's committed offsets on a topic (dry run unless --execute).",
        discussion: """
            Prints, per partition, the committed offset now, the target, and how many messages the group will \
            process from there. Nothing changes without --execute, which is refused while the group has active \
            members: stop its workers first. The coordinator is asked for the group's members, and the new \
            offsets are committed from outside the group, which a coordinator refuses while the group has \
            members.
            """
    )

    @OptionGroup var bootstrap: BootstrapOptions
    @Option(help: "The consumer group to move.") var group: String
    @Option(help: "The topic whose offsets move.") var topic: String
    @Option(help: "Only these partitions, e.g. 0,3 (default: all).") var partitions: String?
    @Flag(help: "Move to the oldest retained message.") var toEarliest = false
    @Flag(help: "Move to the end (skip what is unprocessed).") var toLatest = false
    @Option(help: "Move to this offset.") var toOffset: Int64?
    @Option(help: "Move to the first message at or after this RFC 3339 time.") var toDatetime: String?
    @Option(help: "Move to the first message at or after this long ago (ISO 8601, e.g. P1DT2H, PT30M).")
    var byDuration: String?
    @Option(parsing: .unconditional, help: "Move by this many messages (negative: reprocess).", transform: { text in
        guard let value = Int64(text) else { throw ValidationError("--shift-by expects ±N, got '\(text)'") }
        return value
    }) var shiftBy: Int64?
    @Flag(help: "Apply the plan (default: print it only).") var execute = false

    func target() throws -> ReplayTarget {
        var targets: [ReplayTarget] = []
        if toEarliest { targets.append(.earliest) }
        if toLatest { targets.append(.latest) }
        if let toOffset { targets.append(.offset(toOffset)) }
        if let toDatetime {
            guard let timestamp = RFC3339Timestamp(toDatetime) else {
                throw ValidationError("--to-datetime expects an RFC 3339 time such as 2026-11-24T18:00:00Z, got '\(toDatetime)'")
            }
            targets.append(.timestamp(milliseconds: Int64((timestamp.date.timeIntervalSince1970 * 1000).rounded(.up))))
        }
        if let byDuration {
            let duration = try ISO8601Duration.parse(byDuration, key: "--by-duration")
            targets.append(.before(duration, nowMilliseconds: Int64(Date().timeIntervalSince1970 * 1000)))
        }
        if let shiftBy { targets.append(.shift(shiftBy)) }
        guard targets.count == 1 else {
            throw ValidationError(
                "give exactly one of --to-earliest, --to-latest, --to-offset, --to-datetime, --by-duration, --shift-by")
        }
        return targets[0]
    }

    func selectedPartitions() throws -> [Int32]? {
        guard let partitions else { return nil }
        return try partitions.split(separator: ",").map { text in
            guard let value = Int32(text.trimmingCharacters(in: .whitespaces)), value >= 0 else {
                throw ValidationError("--partitions expects numbers such as 0,3, got '\(partitions)'")
            }
            return value
        }
    }

    func run() async throws {
        let resetter = OffsetResetter(configuration: try bootstrap.configuration(clientID: "newswire-replay"))
        do {
            let plan = try await resetter.plan(
                group: group, topic: topic, partitions: try selectedPartitions(), target: try target())
            print(plan.table())
            guard execute else {
                print("dry run: nothing changed. Add --execute to commit these offsets.")
                return
            }
            let check = try await resetter.execute(plan)
            print("committed the new offsets for group \(group): \(check).")
        } catch let error as OperationsError {
            printError("replay reset: \(error)")
            throw ExitCode.failure
        }
    }
}
