// The desktop app's main window: the frame every screen of the point of sale and the back-office lives in.
// Usage: magasin::ui::MainWindow w; w.show();
#pragma once

#include <QMainWindow>

class QLabel;

namespace magasin::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // "Magasin 0.1.0"
    static QString productTitle();
};

}  // namespace magasin::ui
