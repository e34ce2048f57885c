// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for the SDK, kept out of the root package so that neither users nor CI build them.
// Run with `./run.sh` in this folder (see README.md).
let package = Package(
    name: "swift-neosantara-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "swift-neosantara", path: ".."),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The benchmarks: starts the server, runs every client in a child process, prints the tables.
        .executableTarget(
            name: "ClientBenchmark",
            dependencies: [
                .product(name: "Neosantara", package: "swift-neosantara"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                "BenchmarkSupport",
            ]
        ),
        // The local server, a process of its own answering from precomputed bytes.
        .executableTarget(
            name: "BenchmarkServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // What the benchmarks share: an in-memory `HTTPTransport`.
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "Neosantara", package: "swift-neosantara"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // Allocation counts of the SDK's hot paths, checked against `Thresholds/` by `Scripts/check-allocations.sh`
        // (ordo-one's `swift package benchmark`; see README.md).
        .executableTarget(
            name: "Allocations",
            dependencies: [
                .product(name: "Neosantara", package: "swift-neosantara"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NIOCore", package: "swift-nio"),
                "BenchmarkSupport",
            ],
            path: "Benchmarks/Allocations",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
