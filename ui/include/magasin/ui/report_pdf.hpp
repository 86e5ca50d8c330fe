// The report as a PDF a manager prints or mails (A4, QPdfWriter): title, period, key figures, the charts as drawn on
// the page, then every table (continued on new pages as needed). Usage: QString why; writeReportPdf(path, c, v, &why);
#pragma once

#include <QString>

#include <vector>

#include "magasin/ui/report_content.hpp"

class QChartView;

namespace magasin::ui {

// False (and `error` says why) when the file cannot be written.
bool writeReportPdf(const QString& path, const ReportContent& content, const std::vector<QChartView*>& charts,
                    QString* error);

}  // namespace magasin::ui
