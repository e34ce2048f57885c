// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for the SDK, kept out of the root package so that neither users nor CI build them.
// Run with `swift run -c release` in this folder.
let package = Package(
    name: "swift-neosantara-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "swift-neosantara", path: ".."),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    ],
    targets: [
        .executableTarget(
            name: "StreamingBenchmark",
            dependencies: [
                .product(name: "Neosantara", package: "swift-neosantara"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
