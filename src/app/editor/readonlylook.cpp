#include "readonlylook.h"

#include <QPalette>
#include <QWidget>

namespace tenet::app {

void setReadOnlyLook(QWidget *field, bool readOnly)
{
    if (!readOnly) {
        // An empty palette resolves nothing, so the field follows its parent's again.
        field->setPalette(QPalette());
        return;
    }
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    field->setPalette(palette);
}

} // namespace tenet::app
