// swift-tools-version:6.1
import PackageDescription

// Benchmarks for newswire, kept apart from the root package so that `swift build` there never builds them.
//   swift package --package-path Benchmarks benchmark --target KafkaBenchmarks    (ordo-one/benchmark)
//   make -C Benchmarks kafka                                                      (C program and wrapper, side by side)
let package = Package(
    name: "newswire-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "newswire", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "KafkaBenchSupport",
            dependencies: [.product(name: "Kafka", package: "newswire")]
        ),
        .executableTarget(
            name: "KafkaBenchmarks",
            dependencies: [
                "KafkaBenchSupport",
                .product(name: "Kafka", package: "newswire"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/KafkaBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "kafka-bench",
            dependencies: ["KafkaBenchSupport", .product(name: "Kafka", package: "newswire")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
