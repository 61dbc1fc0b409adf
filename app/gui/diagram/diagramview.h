// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class DiagramScene;

// Shows the diagram scaled to fit whatever room it has, so it reads on a laptop and on a projector alike.
class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);
    ~DiagramView() override;

    void fitToScene();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // What a screen reader says of the picture: its name, and the state it shows as its description.
    void sayState();
};
