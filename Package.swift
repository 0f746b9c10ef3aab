// swift-tools-version:6.1
import PackageDescription

// Layout (one job per target):
//   CRDKafka            system library: librdkafka's C API (Debian librdkafka-dev)
//   Kafka               thin Swift wrapper over librdkafka + embedded mock broker; knows nothing about articles
//   NewswireCore        the wire contract: raw article, enriched record, events, dead letters (Codable)
//   NewswireExtraction  stateless extraction: text model, NER, gazetteer, numbers/dates, events (no Kafka)
//   NewswireWorker      consumer -> stages -> producer with at-least-once commits (added by the worker issue)
//   NewswireOperations  metrics, health, HTTP listener, logging, settings, replay (operating the worker)
//   NewswireCLI         the `newswire` executable
let package = Package(
    name: "newswire",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newswire", targets: ["NewswireCLI"]),
        .library(name: "Kafka", targets: ["Kafka"]),
        .library(name: "NewswireCore", targets: ["NewswireCore"]),
        .library(name: "NewswireExtraction", targets: ["NewswireExtraction"]),
        .library(name: "NewswireWorker", targets: ["NewswireWorker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // YAML config files (`*.yaml`, `*.yml`) beside JSON; the trait brings in jpsim/Yams.
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: [.defaults, "YAML"]),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CRDKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .target(
            name: "Kafka",
            dependencies: [
                "CRDKafka",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "NewswireCore"),
        .target(
            name: "NewswireExtraction",
            dependencies: ["NewswireCore"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "NewswireOperations",
            dependencies: [
                "Kafka",
                "CRDKafka",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "NewswireWorker",
            dependencies: [
                "Kafka",
                "NewswireCore",
                "NewswireExtraction",
                "NewswireOperations",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            ]
        ),
        .executableTarget(
            name: "NewswireCLI",
            dependencies: [
                "Kafka",
                "NewswireCore",
                "NewswireExtraction",
                "NewswireOperations",
                "NewswireWorker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Test support shared by the worker and integration tests (broker fixture, tapped sink, `eventually`).
        .target(
            name: "NewswireTestSupport",
            dependencies: ["Kafka", "NewswireWorker", .product(name: "Logging", package: "swift-log")],
            path: "Tests/NewswireTestSupport"
        ),
        .testTarget(name: "KafkaTests", dependencies: ["Kafka"]),
        .testTarget(name: "NewswireCoreTests", dependencies: ["NewswireCore"]),
        .testTarget(
            name: "NewswireOperationsTests",
            dependencies: [
                "NewswireOperations",
                "Kafka",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "NewswireExtractionTests", dependencies: ["NewswireExtraction", "NewswireCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "NewswireWorkerTests",
            dependencies: [
                "NewswireWorker", "NewswireCore", "NewswireExtraction", "NewswireOperations", "Kafka",
                "NewswireTestSupport",
            ]),
        .testTarget(name: "NewswireCLITests", dependencies: ["NewswireCLI"]),
        // Runs against a real broker (KAFKA_BOOTSTRAP_SERVERS) or, with NEWSWIRE_INTEGRATION_EMBEDDED=1, the embedded
        // one; skipped otherwise. See Deploy/README.md.
        .testTarget(
            name: "NewswireIntegrationTests",
            dependencies: [
                "Kafka", "CRDKafka", "NewswireCore", "NewswireExtraction", "NewswireWorker", "NewswireOperations",
                "NewswireTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
