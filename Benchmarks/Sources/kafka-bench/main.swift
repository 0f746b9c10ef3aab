import Foundation
import KafkaBenchSupport

// kafka-bench: runs the C program (c/rdkafka_bench.c) and the Swift wrapper on the same workload, alternating,
// and prints the medians of messages per second and the wrapper/C ratios as a Markdown table.
//
//   kafka-bench C_BINARY [MESSAGES] [SIZE] [PARTITIONS] [RUNS]

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: kafka-bench C_BINARY [MESSAGES] [SIZE] [PARTITIONS] [RUNS]\n".utf8))
    exit(2)
}
let cBinary = arguments[1]
let workload = WrapperWorkload(
    messages: arguments.count > 2 ? Int(arguments[2])! : 500_000,
    size: arguments.count > 3 ? Int(arguments[3])! : 2_048,
    partitions: arguments.count > 4 ? Int(arguments[4])! : 256)
let runs = arguments.count > 5 ? Int(arguments[5])! : 5

func runC() throws -> (Double, Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cBinary)
    process.arguments = ["\(workload.messages)", "\(workload.size)", "\(workload.partitions)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
    guard process.terminationStatus == 0, fields.count == 2 else { fatalError("C program failed: \(output)") }
    return (fields[0], fields[1])
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

var cProduce: [Double] = [], cConsume: [Double] = [], swiftProduce: [Double] = [], swiftConsume: [Double] = []
for run in 1...runs {
    let (p, c) = try runC()
    cProduce.append(p)
    cConsume.append(c)
    let cluster = try workload.makeCluster()
    let sp = try await workload.produce(to: cluster).seconds
    let sc = try await workload.consume(from: cluster).seconds
    swiftProduce.append(sp)
    swiftConsume.append(sc)
    let rate = { (seconds: Double) in Int(Double(workload.messages) / seconds) }
    FileHandle.standardError.write(Data(
        "run \(run): C produce \(rate(p))/s consume \(rate(c))/s | wrapper produce \(rate(sp))/s consume \(rate(sc))/s\n".utf8))
}

let n = Double(workload.messages)
let rows: [(String, Double, Double)] = [
    ("produce", n / median(cProduce), n / median(swiftProduce)),
    ("consume", n / median(cConsume), n / median(swiftConsume)),
]
print("\(workload.messages) messages x \(workload.size) B, \(workload.partitions) partitions, median of \(runs) runs")
print("")
print("| direction | C librdkafka (msg/s) | Swift wrapper (msg/s) | wrapper / C |")
print("|---|---:|---:|---:|")
for (name, c, swift) in rows {
    print("| \(name) | \(Int(c)) | \(Int(swift)) | \(String(format: "%.1f%%", swift / c * 100)) |")
}
