/// What `newswire replay reset` will do to each partition: printed first, applied only with `--execute`.
public struct ResetPlan: Sendable, Equatable {
    /// One partition's row.
    public struct Row: Sendable, Equatable {
        /// The partition.
        public let partition: Int32
        /// The group's committed offset now, or `nil` when it has none.
        public let committed: Int64?
        /// The oldest retained offset.
        public let low: Int64
        /// One past the newest offset.
        public let high: Int64
        /// The offset that will be committed.
        public let target: Int64

        /// Messages the group will process from the new position (`high - target`).
        public var toProcess: Int64 { high - target }
        /// Change in messages to process compared with now: positive means reprocessing, negative skipping.
        public var delta: Int64 { (committed.map { min(max($0, low), high) } ?? low) - target }
    }

    /// The consumer group.
    public let group: String
    /// The topic.
    public let topic: String
    /// The target asked for.
    public let target: ReplayTarget
    /// One row per selected partition, by partition number.
    public let rows: [Row]

    /// What the plan needs to know about one partition.
    public struct PartitionState: Sendable, Equatable {
        public let partition: Int32
        public let committed: Int64?
        public let low: Int64
        public let high: Int64

        /// Creates a state.
        public init(partition: Int32, committed: Int64?, low: Int64, high: Int64) {
            self.partition = partition
            self.committed = committed
            self.low = low
            self.high = high
        }
    }

    /// Computes the plan.
    /// - Parameters:
    ///   - states: the selected partitions' committed offsets and watermarks.
    ///   - offsetForTimestamp: for time targets, the first offset at or after the instant in a partition, or
    ///     `nil` when there is none (the target is then the high watermark). The Kafka wrapper's lookup, which
    ///     falls back to a binary search over message timestamps where the broker has no time index.
    public init(
        group: String, topic: String, target: ReplayTarget, states: [PartitionState],
        offsetForTimestamp: (Int32, Int64) async throws -> Int64?
    ) async rethrows {
        var rows: [Row] = []
        for state in states.sorted(by: { $0.partition < $1.partition }) {
            let wanted: Int64
            switch target {
            case .earliest: wanted = state.low
            case .latest: wanted = state.high
            case .offset(let offset): wanted = offset
            case .timestamp(let milliseconds):
                wanted = try await offsetForTimestamp(state.partition, milliseconds) ?? state.high
            case .shift(let count):
                let base = state.committed ?? state.low
                let (sum, overflow) = base.addingReportingOverflow(count)
                wanted = overflow ? (count < 0 ? state.low : state.high) : sum
            }
            let target = min(max(wanted, state.low), state.high)
            rows.append(Row(
                partition: state.partition, committed: state.committed, low: state.low, high: state.high,
                target: target))
        }
        self.group = group
        self.topic = topic
        self.target = target
        self.rows = rows
    }

    /// The plan as a table, e.g.
    /// ```
    /// PARTITION  COMMITTED  TARGET  LOW  HIGH  TO PROCESS  CHANGE
    /// 0          120        80      0    150   70          +40
    /// ```
    public func table() -> String {
        let header = ["PARTITION", "COMMITTED", "TARGET", "LOW", "HIGH", "TO PROCESS", "CHANGE"]
        let body = rows.map { row in
            [
                String(row.partition), row.committed.map(String.init) ?? "-", String(row.target), String(row.low),
                String(row.high), String(row.toProcess), row.delta > 0 ? "+\(row.delta)" : String(row.delta),
            ]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        let lines = ([header] + body).map { cells in
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }.joined()
        }
        let total = rows.reduce(Int64(0)) { $0 + $1.toProcess }
        return "group \(group), topic \(topic), target \(target)\n" + lines.joined(separator: "\n")
            + "\ntotal to process after the reset: \(total)"
    }
}
