// The report's tables as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the accents, CRLF):
// one titled section per table, each with its header line. Money is a plain decimal with a dot ("1234.50"), so that
// every spreadsheet computes with it whatever its language. Usage: file.write(reportCsv(content));
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

#include "magasin/ui/report_content.hpp"

namespace magasin::ui {

QByteArray reportCsv(const ReportContent& content);
// One CSV field: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& text);
// Cents as "-12.34" / "1234.50".
QString csvMoney(std::int64_t cents);

}  // namespace magasin::ui
