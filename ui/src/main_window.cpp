#include "magasin/ui/main_window.hpp"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QWidget>

namespace magasin::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(productTitle());
    resize(1024, 680);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(48, 48, 48, 48);

    auto* title = new QLabel(productTitle(), central);
    title->setObjectName(QStringLiteral("productTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSize(28);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* subtitle = new QLabel(tr("Point of sale and back-office for the stores of the chain"), central);
    subtitle->setObjectName(QStringLiteral("productSubtitle"));
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);

    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addStretch(2);
    setCentralWidget(central);

    statusBar()->showMessage(tr("Version %1").arg(QApplication::applicationVersion()));
}

QString MainWindow::productTitle() {
    return QStringLiteral("Magasin %1").arg(QStringLiteral(MAGASIN_VERSION));
}

}  // namespace magasin::ui
