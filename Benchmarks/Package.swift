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
    ],
    swiftLanguageModes: [.v6]
)
