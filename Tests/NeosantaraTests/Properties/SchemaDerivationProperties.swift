import Foundation
import PropertyBased
import Testing

@testable import Neosantara

extension PropertyTests {
    /// Law: a schema derived from a type accepts every value of that type, as the type encodes it; in strict
    /// mode, with absent optionals written as `null` as a strict model sends them, and the SDK's structured
    /// output decoder reads that JSON back to the same value.
    @Suite("Properties: derived schemas accept their type's own values")
    struct SchemaDerivationProperties {
        /// An order with every shape the deriver handles: nested objects, optionals, enums, arrays, sets,
        /// dictionaries, dates, URLs, UUIDs, unsigned integers, data and free JSON.
        struct Order: Codable, Equatable, Sendable {
            enum Size: String, Codable, CaseIterable, Sendable { case small, medium, large }
            enum Priority: Int, Codable, CaseIterable, Sendable { case low = 1, high = 2 }

            struct Line: Codable, Equatable, Sendable {
                var product: String
                var quantity: UInt8
                var price: Double
                var note: String?
                var size: Size?
                var options: [String: Bool]
            }

            struct Address: Codable, Equatable, Sendable {
                var street: String
                var postcode: Int?
                var location: [Double]?
            }

            var id: UUID
            var placed: Date
            var website: URL?
            var lines: [Line]
            var tags: Set<String>
            var ratings: [String: Double]
            var priority: Priority?
            var size: Size
            var shipping: Address?
            var billing: Address
            var flags: [Bool]
            var grid: [[Int]]
            var payload: Data?
            var extra: JSONValue
            var gift: Bool?

            enum CodingKeys: String, CodingKey {
                case id = "order_id"
                case placed, website, lines, tags, ratings, priority, size, shipping, billing, flags, grid, payload,
                    extra,
                    gift
            }
        }

        static let orders = drawing { draw -> Order in
            let address = { (draw: inout Draw) in
                Order.Address(
                    street: draw.text(), postcode: draw.maybe { $0.integer() },
                    location: draw.maybe { $0.array { $0.double() } })
            }
            return Order(
                id: draw.uuid(),
                placed: Date(timeIntervalSince1970: Double(draw.int(in: 0...4_102_444_800))),
                website: draw.maybe { URL(string: "https://example.com/\($0.identifier())")! },
                lines: draw.array {
                    Order.Line(
                        product: $0.text(), quantity: UInt8($0.int(in: 0...255)), price: $0.double(),
                        note: $0.maybe { $0.text() },
                        size: $0.maybe { $0.element(Order.Size.allCases) }, options: $0.dictionary { $0.bool() })
                },
                tags: Set(draw.array { $0.text() }), ratings: draw.dictionary { $0.double() },
                priority: draw.maybe { $0.element(Order.Priority.allCases) }, size: draw.element(Order.Size.allCases),
                shipping: draw.maybe(address), billing: address(&draw), flags: draw.array { $0.bool() },
                grid: draw.array { $0.array { $0.integer() } }, payload: draw.maybe { Data($0.text().utf8) },
                extra: draw.json(), gift: draw.maybe { $0.bool() })
        }

        static let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            return encoder
        }()

        @Test("Outside strict mode the schema accepts every order as it encodes (200 orders)")
        func lenient() async throws {
            let schema = try JSONSchema.derive(from: Order.self, strict: false)
            await checkProperty(count: 200, input: Self.orders) { order in
                let json = try JSONDecoder().decode(JSONValue.self, from: Self.encoder.encode(order))
                #expect(SchemaValidator.violations(of: json, against: schema) == [], "\(json)")
            }
        }

        @Test("In strict mode the schema accepts every order a strict model sends, which decodes back (200 orders)")
        func strict() async throws {
            let schema = try JSONSchema.derive(from: Order.self, strict: true)
            await checkProperty(count: 200, input: Self.orders) { order in
                let encoded = try JSONDecoder().decode(JSONValue.self, from: Self.encoder.encode(order))
                let json = SchemaValidator.withExplicitNulls(encoded, schema: schema)
                #expect(SchemaValidator.violations(of: json, against: schema) == [], "\(json)")
                #expect(try StructuredOutput.decoder.decode(Order.self, from: JSONEncoder().encode(json)) == order)
            }
        }

        @Test(
            "A strict schema rejects an order with a member the type does not have, or without a required one (100 orders)"
        )
        func strictRejects() async throws {
            let schema = try JSONSchema.derive(from: Order.self, strict: true)
            await checkProperty(count: 100, input: Self.orders) { order in
                let encoded = try JSONDecoder().decode(JSONValue.self, from: Self.encoder.encode(order))
                guard case .object(var members) = SchemaValidator.withExplicitNulls(encoded, schema: schema) else {
                    Issue.record("an order encodes as an object")
                    return
                }
                var extended = members
                extended["x_unknown"] = true
                #expect(SchemaValidator.violations(of: .object(extended), against: schema) != [])
                members["order_id"] = nil
                #expect(SchemaValidator.violations(of: .object(members), against: schema) != [])
            }
        }
    }
}

extension Draw {
    /// A UUID with random bytes.
    fileprivate mutating func uuid() -> UUID {
        let bytes = (0..<16).map { _ in UInt8(int(in: 0...255)) }
        return bytes.withUnsafeBytes { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) }
    }
}
