#include "magasin/client/outbox.hpp"

#include "magasin/client/client_error.hpp"
#include "magasin/client/journal.hpp"

namespace magasin::client {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::string s(const QVariant& v) {
    return v.toString().toStdString();
}

sync::OutcomeStatus statusNamed(const std::string& name) {
    if (name == "applied_with_flags") {
        return sync::OutcomeStatus::kAppliedWithFlags;
    }
    if (name == "rejected") {
        return sync::OutcomeStatus::kRejected;
    }
    return sync::OutcomeStatus::kApplied;
}

std::vector<CommandRecord> records(Journal& journal, const QString& where, const QVariantList& values) {
    QSqlQuery rows = journal.exec(
        QStringLiteral("SELECT command_id, stream, device_seq, type, issued_at, staff_id, payload, status, flags,"
                       " problem, result, decided_at FROM command_log ") +
            where,
        values);
    std::vector<CommandRecord> out;
    while (rows.next()) {
        CommandRecord r;
        r.command.commandId = domain::Uuid::parse(s(rows.value(0)));
        r.stream = s(rows.value(1));
        r.command.deviceSeq = rows.value(2).toLongLong();
        r.command.type = s(rows.value(3));
        r.command.issuedAt = domain::parseIso8601(s(rows.value(4)));
        r.command.staffId = domain::StaffId::parse(s(rows.value(5)));
        r.command.payload = nlohmann::json::parse(s(rows.value(6)));
        r.status = statusNamed(s(rows.value(7)));
        r.flags = nlohmann::json::parse(s(rows.value(8)));
        r.problem = nlohmann::json::parse(s(rows.value(9)));
        r.result = nlohmann::json::parse(s(rows.value(10)));
        r.decidedAt = s(rows.value(11));
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::string Outbox::streamOf(const std::string& type) {
    if (type == "RecordSale" || type == "CancelSale") {
        return kCommandes;
    }
    if (type == "CreateReplenishmentRequest") {
        return kSupplyChain;
    }
    throw ClientError(ClientError::kInvalid, "No server takes commands of type " + type);
}

Outbox::Outbox(Journal& journal, domain::DeviceId device, domain::Clock clock, IdSource ids)
    : m_journal(journal), m_device(device), m_clock(std::move(clock)), m_ids(std::move(ids)) {}

sync::Command Outbox::append(const std::string& type, const domain::StaffId& staff, nlohmann::json payload) {
    const std::string stream = streamOf(type);
    sync::Command command;
    command.commandId = m_ids();
    command.deviceId = m_device;
    command.type = type;
    command.issuedAt = m_clock();
    command.staffId = staff;
    command.payload = std::move(payload);
    m_journal.transaction([&] {
        // The counter row and the command commit together: a crash leaves neither, so the sequence has no gap.
        m_journal.exec(QStringLiteral("INSERT INTO sequences (stream, last_seq) VALUES (?, 1) ON CONFLICT (stream)"
                                      " DO UPDATE SET last_seq = last_seq + 1"),
                       {q(stream)});
        QSqlQuery seq = m_journal.exec(QStringLiteral("SELECT last_seq FROM sequences WHERE stream = ?"), {q(stream)});
        seq.next();
        command.deviceSeq = seq.value(0).toLongLong();
        m_journal.exec(QStringLiteral("INSERT INTO outbox (stream, device_seq, command_id, type, issued_at, staff_id,"
                                      " payload) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {q(stream), qint64(command.deviceSeq), q(command.commandId.toString()), q(type),
                        q(domain::toIso8601(command.issuedAt)), q(staff.toString()), q(command.payload.dump())});
    });
    return command;
}

std::vector<sync::Command> Outbox::pending(const std::string& stream, std::size_t limit) {
    QSqlQuery rows = m_journal.exec(
        QStringLiteral("SELECT command_id, device_seq, type, issued_at, staff_id, payload FROM outbox WHERE stream = ?"
                       " ORDER BY device_seq LIMIT ?"),
        {q(stream), qint64(limit)});
    std::vector<sync::Command> out;
    while (rows.next()) {
        sync::Command c;
        c.commandId = domain::Uuid::parse(s(rows.value(0)));
        c.deviceId = m_device;
        c.deviceSeq = rows.value(1).toLongLong();
        c.type = s(rows.value(2));
        c.issuedAt = domain::parseIso8601(s(rows.value(3)));
        c.staffId = domain::StaffId::parse(s(rows.value(4)));
        c.payload = nlohmann::json::parse(s(rows.value(5)));
        out.push_back(std::move(c));
    }
    return out;
}

std::int64_t Outbox::pendingCount() {
    QSqlQuery row = m_journal.exec(QStringLiteral("SELECT count(*) FROM outbox"));
    return row.next() ? row.value(0).toLongLong() : 0;
}

std::int64_t Outbox::pendingCount(const std::string& stream) {
    QSqlQuery row = m_journal.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE stream = ?"), {q(stream)});
    return row.next() ? row.value(0).toLongLong() : 0;
}

std::size_t Outbox::applyOutcomes(const std::string& stream, const std::vector<sync::CommandOutcome>& outcomes) {
    const QString now = q(domain::toIso8601(m_clock()));
    return m_journal.transaction([&] {
        std::size_t moved = 0;
        for (const auto& o : outcomes) {
            const QString id = q(o.commandId.toString());
            QSqlQuery row =
                m_journal.exec(QStringLiteral("SELECT device_seq, type, issued_at, staff_id, payload FROM outbox"
                                              " WHERE stream = ? AND command_id = ?"),
                               {q(stream), id});
            if (!row.next()) {
                continue;  // answered before (a replayed batch): the first outcome is already logged
            }
            const nlohmann::json problem = o.problem ? nlohmann::json(*o.problem) : nlohmann::json();
            m_journal.exec(QStringLiteral("INSERT INTO command_log (command_id, stream, device_seq, type, issued_at,"
                                          " staff_id, payload, status, flags, problem, result, decided_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {id, q(stream), row.value(0), row.value(1), row.value(2), row.value(3), row.value(4),
                            q(std::string(sync::outcomeStatusName(o.status))), q(o.flags.dump()), q(problem.dump()),
                            q(o.result.dump()), now});
            m_journal.exec(QStringLiteral("DELETE FROM outbox WHERE stream = ? AND command_id = ?"), {q(stream), id});
            ++moved;
        }
        return moved;
    });
}

void Outbox::notePushFailure(const std::string& stream, const std::string& error) {
    m_journal.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE stream = ? AND"
                                  " device_seq = (SELECT min(device_seq) FROM outbox WHERE stream = ?)"),
                   {q(error), q(stream), q(stream)});
}

std::vector<CommandRecord> Outbox::rejected() {
    return records(m_journal, QStringLiteral("WHERE status = 'rejected' ORDER BY stream, device_seq"), {});
}

std::vector<CommandRecord> Outbox::flagged() {
    return records(m_journal, QStringLiteral("WHERE status = 'applied_with_flags' ORDER BY stream, device_seq"), {});
}

std::optional<CommandRecord> Outbox::record(const domain::Uuid& commandId) {
    auto found = records(m_journal, QStringLiteral("WHERE command_id = ?"), {q(commandId.toString())});
    if (found.empty()) {
        return std::nullopt;
    }
    return std::move(found.front());
}

}  // namespace magasin::client
