#include "magasin/client/store_profile.hpp"

#include "magasin/client/journal.hpp"

namespace magasin::client {

StoreProfile StoreProfile::fromJson(const nlohmann::json& j) {
    StoreProfile s;
    s.id = j.at("id").get<std::string>();
    s.name = j.at("name").get<std::string>();
    s.address = j.value("address", std::string());
    if (j.contains("tax_profile")) {
        const auto& profile = j.at("tax_profile");
        std::vector<domain::Tax> taxes;
        for (const auto& tax : profile.at("taxes")) {
            taxes.push_back({tax.at("code").get<std::string>(),
                             domain::Rate::fromHundredThousandths(tax.at("rate").get<std::int64_t>())});
        }
        s.taxProfile = domain::TaxProfile::of(profile.value("name", std::string("QC")), std::move(taxes));
    }
    s.maxOfflineWindowHours = j.value("max_offline_window_hours", 72);
    return s;
}

nlohmann::json StoreProfile::toJson() const {
    nlohmann::json taxes = nlohmann::json::array();
    for (const auto& tax : taxProfile.taxes()) {
        taxes.push_back({{"code", tax.code}, {"rate", tax.rate.hundredThousandths()}});
    }
    return {{"id", id},
            {"name", name},
            {"address", address},
            {"tax_profile", {{"name", taxProfile.name()}, {"taxes", std::move(taxes)}}},
            {"max_offline_window_hours", maxOfflineWindowHours}};
}

void StoreProfiles::upsert(const StoreProfile& store) {
    m_journal.exec(QStringLiteral("INSERT INTO stores (id, document) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET"
                                  " document = excluded.document"),
                   {QString::fromStdString(store.id), QString::fromStdString(store.toJson().dump())});
}

std::optional<StoreProfile> StoreProfiles::byId(const std::string& storeId) {
    QSqlQuery row =
        m_journal.exec(QStringLiteral("SELECT document FROM stores WHERE id = ?"), {QString::fromStdString(storeId)});
    if (!row.next()) {
        return std::nullopt;
    }
    return StoreProfile::fromJson(nlohmann::json::parse(row.value(0).toString().toStdString()));
}

}  // namespace magasin::client
