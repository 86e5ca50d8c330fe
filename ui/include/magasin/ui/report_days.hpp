// The days a report covers, as a manager picks them: whole local days from `first` to `last` (both included), and
// the UTC bounds the servers read. Usage: auto d = ReportDays::thisWeek(QDate::currentDate(), Qt::Monday); d.query();
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace magasin::ui {

struct ReportDays {
    QDate first;
    QDate last;

    // The quick choices: the day itself; its week (from `weekStart`) up to it; its month up to it.
    static ReportDays today(const QDate& day);
    static ReportDays thisWeek(const QDate& day, Qt::DayOfWeek weekStart);
    static ReportDays thisMonth(const QDate& day);

    [[nodiscard]] bool valid() const { return first.isValid() && last.isValid() && first <= last; }
    // Local midnight at the start of `first`, in UTC.
    [[nodiscard]] QDateTime start() const;
    // Local midnight after `last` (the period's end is excluded by the servers), in UTC.
    [[nodiscard]] QDateTime end() const;
    // "from=2026-11-23T05:00:00Z&to=2026-11-26T05:00:00Z", for the report routes.
    [[nodiscard]] QString query() const;
    // "2026-11-23 – 2026-11-25" (one date when both are the same day), for titles and exports.
    [[nodiscard]] QString text() const;
    // "2026-11-23_2026-11-25", for file names.
    [[nodiscard]] QString fileStem() const;

    bool operator==(const ReportDays&) const = default;
};

}  // namespace magasin::ui
