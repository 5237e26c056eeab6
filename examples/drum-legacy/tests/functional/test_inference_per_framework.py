from datarobot_drum.drum.enum import ModelInfoKeys


def test_info_per_framework(response_dict):
    assert response_dict[ModelInfoKeys.DRUM_SERVER] == 'flask'
