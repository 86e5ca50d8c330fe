#include "magasin/ui/report_days.hpp"

#include <QTime>

namespace magasin::ui {

namespace {

QString isoDate(const QDate& d) {
    return d.toString(Qt::ISODate);
}

QString isoUtc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODate);
}

}  // namespace

ReportDays ReportDays::today(const QDate& day) {
    return {day, day};
}

ReportDays ReportDays::thisWeek(const QDate& day, Qt::DayOfWeek weekStart) {
    const int back = (day.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
    return {day.addDays(-back), day};
}

ReportDays ReportDays::thisMonth(const QDate& day) {
    return {QDate(day.year(), day.month(), 1), day};
}

QDateTime ReportDays::start() const {
    return QDateTime(first, QTime(0, 0)).toUTC();
}

QDateTime ReportDays::end() const {
    // Midnight of the next day rather than 23:59:59 of the last: a sale at 23:59:59.5 still counts.
    return QDateTime(last.addDays(1), QTime(0, 0)).toUTC();
}

QString ReportDays::query() const {
    return QStringLiteral("from=%1&to=%2").arg(isoUtc(start()), isoUtc(end()));
}

QString ReportDays::text() const {
    if (first == last) {
        return isoDate(first);
    }
    return QStringLiteral("%1 \u2013 %2").arg(isoDate(first), isoDate(last));
}

QString ReportDays::fileStem() const {
    return QStringLiteral("%1_%2").arg(isoDate(first), isoDate(last));
}

}  // namespace magasin::ui
