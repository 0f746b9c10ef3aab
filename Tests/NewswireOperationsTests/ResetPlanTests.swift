import Testing

@testable import NewswireOperations

@Suite struct ResetPlanTests {
    let states = [
        ResetPlan.PartitionState(partition: 1, committed: 40, low: 10, high: 60),
        ResetPlan.PartitionState(partition: 0, committed: nil, low: 0, high: 100),
    ]

    func plan(_ target: ReplayTarget, lookup: [Int32: Int64] = [:]) async -> ResetPlan {
        await ResetPlan(group: "g", topic: "t", target: target, states: states) { partition, _ in lookup[partition] }
    }

    @Test func earliestAndLatestUseTheWatermarks() async {
        let earliest = await plan(.earliest)
        #expect(earliest.rows.map(\.partition) == [0, 1])
        #expect(earliest.rows.map(\.target) == [0, 10])
        #expect(earliest.rows.map(\.toProcess) == [100, 50])
        #expect(earliest.rows[1].delta == 30)
        let latest = await plan(.latest)
        #expect(latest.rows.map(\.target) == [100, 60])
        #expect(latest.rows[1].delta == -20)
    }

    @Test func offsetsAndShiftsAreClampedToTheRetainedRange() async {
        #expect(await plan(.offset(50)).rows.map(\.target) == [50, 50])
        #expect(await plan(.offset(5)).rows.map(\.target) == [5, 10])
        #expect(await plan(.shift(-35)).rows.map(\.target) == [0, 10])
        #expect(await plan(.shift(15)).rows.map(\.target) == [15, 55])
        #expect(await plan(.shift(.max)).rows.map(\.target) == [100, 60])
    }

    @Test func timeTargetsUseTheLookupAndFallToTheEndWhenNothingIsNewer() async {
        let plan = await plan(.timestamp(milliseconds: 1_700_000_000_000), lookup: [1: 42])
        #expect(plan.rows.map(\.target) == [100, 42])
    }

    @Test func byDurationCountsBackFromNow() {
        #expect(ReplayTarget.before(.seconds(3600), nowMilliseconds: 10_000_000) == .timestamp(milliseconds: 6_400_000))
    }

    @Test func tableShowsEveryPartitionAndTheTotal() async {
        let table = await plan(.earliest).table()
        #expect(table.contains("PARTITION"))
        #expect(table.contains("\n0          -          0       0    100   100         0"))
        #expect(table.hasSuffix("total to process after the reset: 150"))
    }
}
