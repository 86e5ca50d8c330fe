// An inventaire server for the pg tests (TestServiceHost): its own database, a key pair to sign tokens, an
// InventaireService on port 0 with the demo data loaded, and the tokens of each kind of caller.
// Usage: InventaireTestServer s; QVERIFY2(s.ok(), s.error().c_str()); auto r = s.client().Get("/v1/stocks",
// s.manager());
#pragma once

#include "magasin/inventaire/inventaire_server.hpp"
#include "test_service_host.hpp"

class InventaireTestServer : public TestServiceHost<magasin::inventaire::InventaireService> {
public:
    static constexpr const char* kStoreA = "33333333-3333-3333-3333-333333333331";
    static constexpr const char* kStoreB = "33333333-3333-3333-3333-333333333332";
    static constexpr const char* kP1 = "550e8400-e29b-41d4-a716-446655440001";
    static constexpr const char* kP2 = "550e8400-e29b-41d4-a716-446655440002";
    static constexpr const char* kP3 = "550e8400-e29b-41d4-a716-446655440003";

    explicit InventaireTestServer(bool demoData = true, int workers = 4)
        : TestServiceHost(
              "the inventaire",
              [demoData](const std::string& conninfo, const magasin::server::KeyPair& keys,
                         const magasin::server::HttpOptions& options, int) {
                  return std::make_unique<magasin::inventaire::InventaireService>(
                      magasin::inventaire::InventaireSettings{.databaseUrl = conninfo,
                                                              .tokenPublicKey = keys.publicKey,
                                                              .demoData = demoData,
                                                              .sweepInterval = std::chrono::milliseconds(0)},
                      magasin::server::ServiceInfo{"inventaire", "inventaire-1", "test"}, options);
              },
              {.workers = workers, .maxBodyBytes = 64 * 1024}) {}

    [[nodiscard]] httplib::Headers bearer(magasin::server::TokenKind kind, magasin::domain::Role role,
                                          const char* store = kStoreA) const {
        magasin::server::Claims claims;
        claims.kind = kind;
        if (kind == magasin::server::TokenKind::kService) {
            claims.subject = "ecommerce";
        } else {
            claims.subject = kind == magasin::server::TokenKind::kDevice ? "44444444-4444-4444-4444-444444444444"
                                                                         : "11111111-1111-1111-1111-111111111111";
            claims.role = role;
            claims.store = magasin::domain::StoreId::parse(store);
        }
        return bearerOf(claims);
    }
    [[nodiscard]] httplib::Headers manager() const {
        return bearer(magasin::server::TokenKind::kStaff, magasin::domain::Role::kManager);
    }
    [[nodiscard]] httplib::Headers cashier(const char* store = kStoreA) const {
        return bearer(magasin::server::TokenKind::kStaff, magasin::domain::Role::kCashier, store);
    }
    [[nodiscard]] httplib::Headers device(const char* store = kStoreA) const {
        return bearer(magasin::server::TokenKind::kDevice, magasin::domain::Role::kCashier, store);
    }
    [[nodiscard]] httplib::Headers serviceToken() const {
        return bearer(magasin::server::TokenKind::kService, magasin::domain::Role::kManager);
    }
};
