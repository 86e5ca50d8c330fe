// A catalogue server for the pg tests (TestServiceHost): its own database, a key pair to sign tokens, and N
// CatalogueService instances on port 0 sharing that database, each serving in its own thread.
// Usage: CatalogueTestServer s(1); QVERIFY2(s.ok(), s.error().c_str()); auto r = s.client().Get("/v1/categories");
#pragma once

#include "magasin/catalogue/catalogue_server.hpp"
#include "test_service_host.hpp"

class CatalogueTestServer : public TestServiceHost<magasin::catalogue::CatalogueService> {
public:
    static constexpr const char* kManagerId = "11111111-1111-1111-1111-111111111111";
    static constexpr const char* kCashierId = "22222222-2222-2222-2222-222222222222";

    explicit CatalogueTestServer(int instances = 1, bool demoData = false, std::size_t maxBodyBytes = 64 * 1024)
        : TestServiceHost(
              "the catalogue",
              [demoData](const std::string& conninfo, const magasin::server::KeyPair& keys,
                         const magasin::server::HttpOptions& options, int instance) {
                  return std::make_unique<magasin::catalogue::CatalogueService>(
                      magasin::catalogue::CatalogueSettings{conninfo, keys.publicKey, demoData},
                      magasin::server::ServiceInfo{"catalogue", "catalogue-" + std::to_string(instance + 1), "test"},
                      options);
              },
              {.instances = instances, .workers = 4, .maxBodyBytes = maxBodyBytes}) {}

    [[nodiscard]] std::string token(magasin::domain::Role role) const {
        magasin::server::Claims claims;
        claims.subject = role == magasin::domain::Role::kManager ? kManagerId : kCashierId;
        claims.kind = magasin::server::TokenKind::kStaff;
        claims.role = role;
        claims.store = magasin::domain::StoreId::parse("33333333-3333-3333-3333-333333333331");
        return sign(claims, std::chrono::minutes(15));
    }
    [[nodiscard]] httplib::Headers managerHeaders() const {
        return {{"Authorization", "Bearer " + token(magasin::domain::Role::kManager)}};
    }
    [[nodiscard]] httplib::Headers cashierHeaders() const {
        return {{"Authorization", "Bearer " + token(magasin::domain::Role::kCashier)}};
    }
};
